<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Touch the screen to explore</source>
        <translation>Коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Осталось секунд</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n second.</source>
        <translation>
            <numerusform>Возврат к началу через %n секунду.</numerusform>
            <numerusform>Возврат к началу через %n секунды.</numerusform>
            <numerusform>Возврат к началу через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>Возврат к началу через %n секунду.</numerusform>
            <numerusform>Возврат к началу через %n секунды.</numerusform>
            <numerusform>Возврат к началу через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still exploring?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Keep exploring</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Stay on this page instead of returning to the start</source>
        <translation>Остаться на этой странице и не возвращаться к началу</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try left.</source>
        <translation>
            <numerusform>Неверный PIN-код. Осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>Неверный PIN-код. Осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second.</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute.</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>PIN-код оператора</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>PIN digits entered</source>
        <translation>Введённые цифры PIN-кода</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Удалить последнюю цифру</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Подтвердить PIN-код</translation>
    </message>
    <message>
        <source>Digit {d}</source>
        <translation>Цифра {d}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel and return to the exhibit</source>
        <translation>Отменить и вернуться к экспозиции</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Введите PIN-код, чтобы выйти из режима киоска.</translation>
    </message>
    <message>
        <source>Kiosk controls</source>
        <translation>Управление киоском</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Return to the start page</source>
        <translation>Вернуться на начальную страницу</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Show everything in this language</source>
        <translation>Показать всё на этом языке</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
</context>
<context>
    <name>AboardPanel</name>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>d MMM yyyy  HH:mm &apos;UTC&apos;</source>
        <comment>QDateTimeEdit display format</comment>
        <translation>dd.MM.yyyy  HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Date and time in UTC</source>
        <translation>Дата и время (UTC)</translation>
    </message>
    <message>
        <source>Type a date and time in UTC, e.g. 2018-01-01 00:00 or 1 Jan 2018 00:00, then press Enter</source>
        <translation>Введите дату и время UTC, например 2018-01-01 00:00 или 01.01.2018 00:00, и нажмите Enter</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>People aboard</source>
        <translation>Люди на борту</translation>
    </message>
    <message>
        <source>Who was aboard</source>
        <translation>Кто был на борту</translation>
    </message>
    <message>
        <source>on</source>
        <comment>Who was aboard [station] on [date]</comment>
        <translation>в момент</translation>
    </message>
    <message>
        <source>“{text}” is not a date this field understands; nothing was changed. Type e.g. 2018-01-01 00:00, 2018-01-01 or {example}.</source>
        <translation>«{text}» — не дата, которую понимает это поле; ничего не изменено. Введите, например, 2018-01-01 00:00, 2018-01-01 или {example}.</translation>
    </message>
    <message>
        <source>No station in the data.</source>
        <translation>В данных нет станций.</translation>
    </message>
    <message>
        <source>Nobody was aboard on {when}.</source>
        <translation>{when} на борту никого не было.</translation>
    </message>
    <message>
        <source>Nobody in the data was aboard on {when}.</source>
        <translation>По данным, {when} на борту никого не было.</translation>
    </message>
    <message>
        <source>Derived from the crews and docking times in the data, which hold every crewed ship that docked at this station then.</source>
        <translation>Получено из составов экипажей и времён стыковок; в данных есть все пилотируемые корабли, стыковавшиеся с этой станцией в то время.</translation>
    </message>
    <message>
        <source>The data holds every crewed visit to {station} from {start} to {end} only; at this moment crews that came on ships not in the data would be missing.</source>
        <translation>В данных есть все пилотируемые посещения станции {station} только с {start} по {end}; в этот момент экипажи кораблей, которых нет в данных, могут отсутствовать.</translation>
    </message>
    <message>
        <source>Derived from the crews and docking times in the data; crews that came on ships the data does not hold would be missing.</source>
        <translation>Получено из составов экипажей и времён стыковок; экипажи кораблей, которых нет в данных, могут отсутствовать.</translation>
    </message>
    <message>
        <source>arrived on {ship}</source>
        <comment>a person arrived on a ship</comment>
        <translation>корабль прибытия: {ship}</translation>
    </message>
    <message numerus="yes">
        <source>%n person aboard on {when}</source>
        <translation>
            <numerusform>{when}: на борту %n человек</numerusform>
            <numerusform>{when}: на борту %n человека</numerusform>
            <numerusform>{when}: на борту %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people aboard on {when}</source>
        <translation>
            <numerusform>{when}: на борту %n человек</numerusform>
            <numerusform>{when}: на борту %n человека</numerusform>
            <numerusform>{when}: на борту %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>{station} was not in orbit yet: it was launched on {date}.</source>
        <translation>{station} ещё не была на орбите: её запустили {date}.</translation>
    </message>
    <message>
        <source>{station} was no longer in orbit: it re-entered the atmosphere on {date}.</source>
        <translation>{station} уже не было на орбите: она вошла в атмосферу {date}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Soyuz Mission Browser</source>
        <translation>Браузер миссий «Союз»</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Малайзия</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Южная Корея</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>ЮАР</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <source>Soviet Union</source>
        <translation>Советский Союз</translation>
    </message>
    <message>
        <source>Czechoslovakia</source>
        <translation>Чехословакия</translation>
    </message>
    <message>
        <source>East Germany</source>
        <translation>ГДР</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Болгария</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Куба</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Мексика</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>Чехия</translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <source>mission patch</source>
        <translation>эмблема полёта</translation>
    </message>
    <message>
        <source>crew photo</source>
        <translation>фото экипажа</translation>
    </message>
    <message>
        <source>launch photo</source>
        <translation>фото запуска</translation>
    </message>
    <message>
        <source>spacecraft photo</source>
        <translation>фото корабля</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>схема</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a value the data does not have</comment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>(not in the data)</source>
        <translation>(нет в данных)</translation>
    </message>
    <message>
        <source>in English</source>
        <comment>a text not yet translated into the interface language</comment>
        <translation>по-английски</translation>
    </message>
    <message>
        <source>See:</source>
        <comment>followed by links to the people and ships a note mentions</comment>
        <translation>См.:</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>a period of command</comment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <comment>a commander who handed over</comment>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <comment>a commander who took over</comment>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>The data file of this page has problems; some facts may be missing or wrong.</source>
        <translation>В файле данных этой страницы есть ошибки; некоторые сведения могут отсутствовать или быть неверными.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>(reference not in the data)</source>
        <translation>(источника нет в данных)</translation>
    </message>
    <message>
        <source>read {date}</source>
        <comment>when a web page was read (an ISO date)</comment>
        <translation>просмотрено {date}</translation>
    </message>
    <message>
        <source>details</source>
        <comment>link to the page of a reference</comment>
        <translation>подробнее</translation>
    </message>
    <message>
        <source>The {ordinal} crewed Soyuz flight in the data</source>
        <translation>{ordinal} пилотируемый полёт «Союза» по этим данным</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <source>Mission duration</source>
        <translation>Длительность полёта</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <source>uncrewed cargo ship</source>
        <translation>беспилотный грузовой корабль</translation>
    </message>
    <message>
        <source>About the flight</source>
        <translation>О полёте</translation>
    </message>
    <message>
        <source>It was the {ordinal} flight of a Soyuz spacecraft, counting the uncrewed Soyuz 2, 20 and 34 as the encyclopedias do.</source>
        <comment>{ordinal} is e.g. 136th</comment>
        <translation>Это {ordinal} полёт корабля «Союз», если считать, как энциклопедии, и беспилотные «Союз-2», «Союз-20» и «Союз-34».</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Crew member</source>
        <translation>Член экипажа</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>landed only</source>
        <comment>a crew member who only came back on this ship</comment>
        <translation>только посадка</translation>
    </message>
    <message>
        <source>launched only</source>
        <comment>a crew member who only went up on this ship</comment>
        <translation>только запуск</translation>
    </message>
    <message>
        <source>launch abort: not counted as a spaceflight</source>
        <translation>авария при запуске: не считается космическим полётом</translation>
    </message>
    <message>
        <source>{ordinal} spaceflight</source>
        <comment>{ordinal} is e.g. Third</comment>
        <translation>{ordinal} космический полёт</translation>
    </message>
    <message>
        <source>Expeditions</source>
        <translation>Экспедиции</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Полёт</translation>
    </message>
    <message>
        <source>Backup crew</source>
        <translation>Дублирующий экипаж</translation>
    </message>
    <message>
        <source>Dockings</source>
        <translation>Стыковки</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Docked</source>
        <translation>Стыковка</translation>
    </message>
    <message>
        <source>Undocked</source>
        <translation>Расстыковка</translation>
    </message>
    <message>
        <source>Time docked:</source>
        <translation>В составе станции:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>bundled</source>
        <comment>an image file that ships with the app</comment>
        <translation>в комплекте</translation>
    </message>
    <message>
        <source>no file in the data</source>
        <translation>файла нет в данных</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title and caption</source>
        <translation>Название и подпись</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Авторство</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Where sources differ</source>
        <translation>Расхождения в источниках</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>{mass} kg</source>
        <translation>{mass} кг</translation>
    </message>
    <message>
        <source>Mission type</source>
        <translation>Тип полёта</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>Код COSPAR</translation>
    </message>
    <message>
        <source>SATCAT no.</source>
        <translation>Номер SATCAT</translation>
    </message>
    <message>
        <source>Spacecraft</source>
        <translation>Корабль</translation>
    </message>
    <message>
        <source>Spacecraft generation</source>
        <translation>Поколение корабля</translation>
    </message>
    <message>
        <source>Spacecraft type</source>
        <translation>Тип корабля</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>Позывной</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Изготовитель</translation>
    </message>
    <message>
        <source>Launch mass</source>
        <translation>Стартовая масса</translation>
    </message>
    <message>
        <source>Crew size</source>
        <translation>Численность экипажа</translation>
    </message>
    <message>
        <source>uncrewed</source>
        <translation>без экипажа</translation>
    </message>
    <message>
        <source>Launch date</source>
        <translation>Дата запуска</translation>
    </message>
    <message>
        <source>Launch vehicle</source>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>Launch site</source>
        <translation>Место старта</translation>
    </message>
    <message>
        <source>Landing date</source>
        <translation>Дата посадки</translation>
    </message>
    <message>
        <source>Landing site</source>
        <translation>Место посадки</translation>
    </message>
    <message>
        <source>Reference system</source>
        <translation>Система отсчёта</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Тип орбиты</translation>
    </message>
    <message>
        <source>none: a free flight</source>
        <comment>a mission that visited no station</comment>
        <translation>нет: автономный полёт</translation>
    </message>
    <message>
        <source>Docking port</source>
        <translation>Стыковочный узел</translation>
    </message>
    <message>
        <source>Docking date</source>
        <translation>Дата стыковки</translation>
    </message>
    <message>
        <source>Undocking date</source>
        <translation>Дата расстыковки</translation>
    </message>
    <message>
        <source>Time docked</source>
        <translation>В составе станции</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Spaceflights</source>
        <translation>Космические полёты</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>Время в космосе</translation>
    </message>
    <message>
        <source>Backup assignments</source>
        <translation>Назначения в дублёры</translation>
    </message>
    <message>
        <source>Expeditions commanded</source>
        <translation>Командовал экспедициями</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Полёт</translation>
    </message>
    <message>
        <source>launch abort, not counted</source>
        <translation>авария при запуске, не засчитан</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Корабль</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Ordinals and durations are computed from the flights recorded in the data.</source>
        <translation>Порядковые номера и длительность вычислены по полётам, записанным в данных.</translation>
    </message>
    <message>
        <source>Crew positions</source>
        <translation>Должности в экипаже</translation>
    </message>
    <message>
        <source>Backup crew positions</source>
        <translation>Должности в дублирующем экипаже</translation>
    </message>
    <message>
        <source>Station command</source>
        <translation>Командование станцией</translation>
    </message>
    <message>
        <source>Commander of {expedition}</source>
        <comment>{expedition} is e.g. Expedition 55</comment>
        <translation>Командир: {expedition}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Mentioned in:</source>
        <translation>Упоминается в:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>Имя на родном языке</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Год отбора</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <source>No flights in the data.</source>
        <translation>В данных нет полётов.</translation>
    </message>
    <message>
        <source>resident crew</source>
        <translation>основной экипаж</translation>
    </message>
    <message>
        <source>visiting crew</source>
        <translation>экспедиция посещения</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Командир</translation>
    </message>
    <message>
        <source>Commanders</source>
        <translation>Командиры</translation>
    </message>
    <message>
        <source>Crew in the data</source>
        <translation>Экипаж в данных</translation>
    </message>
    <message>
        <source>flight not in the data</source>
        <translation>полёта нет в данных</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Корабль</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Дата просмотра</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Ссылаются</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное название</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Полёты</translation>
    </message>
    <message>
        <source>Space station</source>
        <translation>Космическая станция</translation>
    </message>
    <message>
        <source>still in orbit</source>
        <translation>всё ещё на орбите</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation>Сход с орбиты</translation>
    </message>
    <message>
        <source>Time in orbit</source>
        <translation>Время на орбите</translation>
    </message>
    <message>
        <source>Crewed ships in the data</source>
        <translation>Пилотируемых кораблей в данных</translation>
    </message>
    <message>
        <source>Expedition</source>
        <translation>Экспедиция</translation>
    </message>
    <message>
        <source>Visiting ships</source>
        <translation>Прилетавшие корабли</translation>
    </message>
    <message>
        <source>Docking ports</source>
        <translation>Стыковочные узлы</translation>
    </message>
    <message>
        <source>whole life</source>
        <comment>a port that existed as long as the station</comment>
        <translation>всё время</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message numerus="yes">
        <source>%n mission in the data</source>
        <translation>
            <numerusform>%n полёт в данных</numerusform>
            <numerusform>%n полёта в данных</numerusform>
            <numerusform>%n полётов в данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missions in the data</source>
        <translation>
            <numerusform>%n полёт в данных</numerusform>
            <numerusform>%n полёта в данных</numerusform>
            <numerusform>%n полётов в данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the data</source>
        <translation>Визитов в данных</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation>Время у узла</translation>
    </message>
    <message>
        <source>cargo</source>
        <comment>an uncrewed cargo ship in a crew column</comment>
        <translation>грузовой</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Nothing with the id {id} is in the data.</source>
        <translation>В данных нет ничего с идентификатором {id}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Facts, crew, dockings, events and sources of the selected item. Right and Left arrows go from link to link, Enter opens it</source>
        <translation>Факты, экипаж, стыковки, события и источники выбранного объекта. Стрелки вправо и влево переходят от ссылки к ссылке, Enter открывает выбранную</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>{app} fact sheet</source>
        <comment>footer of a printed page</comment>
        <translation>{app}: справка</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{year}</source>
        <comment>a year on its own, e.g. 2017</comment>
        <translation>{year} г.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month, e.g. December 2017</comment>
        <translation>{month} {year} г.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDateTime format of a day</comment>
        <translation>d MMMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm &apos;UTC&apos;</source>
        <comment>QDateTime format of a minute in UTC</comment>
        <translation>d MMMM yyyy &apos;г.&apos;, HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm:ss &apos;UTC&apos;</source>
        <comment>QDateTime format of a second in UTC</comment>
        <translation>d MMMM yyyy &apos;г.&apos;, HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>QDate format of a short day in the mission tree</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Mission patch</source>
        <translation>Эмблема полёта</translation>
    </message>
    <message>
        <source>Crew photo</source>
        <translation>Фото экипажа</translation>
    </message>
    <message>
        <source>Launch photo</source>
        <translation>Фото запуска</translation>
    </message>
    <message>
        <source>Spacecraft photo</source>
        <translation>Фото корабля</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>{mission} emblem</source>
        <comment>title of the generated emblem</comment>
        <translation>Эмблема {mission}</translation>
    </message>
    <message>
        <source>Illustrative emblem generated from the mission data — not the official patch</source>
        <translation>Иллюстративная эмблема, построенная по данным миссии, — не официальная эмблема</translation>
    </message>
    <message>
        <source>Generated by {app} from the mission data</source>
        <translation>Создана по данным миссии: {app}</translation>
    </message>
    <message>
        <source>Same as the app&apos;s code (MIT)</source>
        <translation>Та же, что у кода программы (MIT)</translation>
    </message>
    <message>
        <source>The mission&apos;s data folder is not known, so its image files cannot be found.</source>
        <translation>Папка с данными миссии неизвестна, поэтому её изображения найти нельзя.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Показать изображение целиком</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Fill the view with the image</source>
        <translation>Заполнить изображением всю область</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>Реальный размер: один пиксель изображения на пиксель экрана</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Rotate anticlockwise (Shift+R)</source>
        <translation>Повернуть против часовой стрелки (Shift+R)</translation>
    </message>
    <message>
        <source>Rotate clockwise (R)</source>
        <translation>Повернуть по часовой стрелке (R)</translation>
    </message>
    <message>
        <source>Flip left to right (H)</source>
        <translation>Отразить слева направо (H)</translation>
    </message>
    <message>
        <source>Flip upside down (V)</source>
        <translation>Отразить сверху вниз (V)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Весь экран</translation>
    </message>
    <message>
        <source>Show the image full screen</source>
        <translation>Показать изображение во весь экран</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>Скопировать изображение в буфер обмена</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>Сохранить изображение в файл</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>Предыдущее изображение</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>Следующее изображение</translation>
    </message>
    <message>
        <source>Sharp pixels when enlarged</source>
        <translation>Чёткие пиксели при увеличении</translation>
    </message>
    <message>
        <source>Show pixels as squares when zoomed in far</source>
        <translation>Показывать пиксели квадратами при сильном увеличении</translation>
    </message>
    <message>
        <source>Overview when zoomed in</source>
        <translation>Обзор при увеличении</translation>
    </message>
    <message>
        <source>Show a small map of the whole image</source>
        <translation>Показывать уменьшенную карту всего изображения</translation>
    </message>
    <message>
        <source>Show images without a file</source>
        <translation>Показывать изображения без файла</translation>
    </message>
    <message>
        <source>Also list images the data describes but has no file for (for curators)</source>
        <translation>Показывать и изображения, которые описаны в данных, но файла для которых нет (для кураторов)</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Слайд-шоу</translation>
    </message>
    <message>
        <source>Go through the mission&apos;s images one by one</source>
        <translation>Показывать изображения миссии по очереди</translation>
    </message>
    <message>
        <source>Backdrop behind transparent parts: {backdrop}</source>
        <translation>Фон под прозрачными областями: {backdrop}</translation>
    </message>
    <message>
        <source>Image tools</source>
        <translation>Инструменты изображения</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Backdrop</source>
        <translation>Фон</translation>
    </message>
    <message>
        <source>Backdrop behind transparent parts</source>
        <translation>Фон под прозрачными областями</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>Параметры просмотра</translation>
    </message>
    <message>
        <source>More image tools</source>
        <translation>Другие инструменты изображения</translation>
    </message>
    <message>
        <source>Image credits</source>
        <translation>Сведения об изображении</translation>
    </message>
    <message>
        <source>Image title</source>
        <translation>Название изображения</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Адрес источника</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>Сохранить изображение как</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Images of the mission</source>
        <translation>Изображения миссии</translation>
    </message>
    <message>
        <source>Choose an image to view; Page Up and Page Down step through them</source>
        <translation>Выберите изображение для просмотра; Page Up и Page Down листают их</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>Нет изображений</translation>
    </message>
    <message>
        <source>{name} has no flight in the data, so there is no mission patch to show.</source>
        <translation>У {name} нет полётов в данных, поэтому показать эмблему нечего.</translation>
    </message>
    <message>
        <source>Images belong to missions: choose a mission to see its patch and pictures.</source>
        <translation>Изображения относятся к миссиям: выберите миссию, чтобы увидеть её эмблему и снимки.</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a mission in the data.</source>
        <translation>«{id}» — не миссия из данных.</translation>
    </message>
    <message>
        <source>There is no image to copy.</source>
        <translation>Нет изображения для копирования.</translation>
    </message>
    <message>
        <source>Copied {width} × {height} pixels to the clipboard.</source>
        <translation>В буфер обмена скопировано изображение {width} × {height} пикселей.</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>без расширения</translation>
    </message>
    <message>
        <source>Cannot save as &apos;{suffix}&apos;: choose .png, .jpg, .bmp, .webp or .svg.</source>
        <translation>Нельзя сохранить в формате «{suffix}»: выберите .png, .jpg, .bmp, .webp или .svg.</translation>
    </message>
    <message>
        <source>Cannot save as &apos;{suffix}&apos;: choose .png, .jpg, .bmp or .webp.</source>
        <translation>Нельзя сохранить в формате «{suffix}»: выберите .png, .jpg, .bmp или .webp.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>Эмблема</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <comment>a thumbnail&apos;s accessible name</comment>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Не удаётся показать изображение</translation>
    </message>
    <message>
        <source>The data describes “{title}” but no image file is bundled. It can be seen at {source}.</source>
        <translation>В данных описано изображение «{title}», но файла с ним нет. Его можно посмотреть здесь: {source}.</translation>
    </message>
    <message>
        <source>The data describes “{title}” but no image file is bundled.</source>
        <translation>В данных описано изображение «{title}», но файла с ним нет.</translation>
    </message>
    <message>
        <source>No file for this image</source>
        <translation>Нет файла изображения</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>none: drawn by this app from the mission&apos;s data file</source>
        <translation>нет: нарисовано этой программой по файлу данных миссии</translation>
    </message>
    <message>
        <source>SVG drawing generated from the data, {width} × {height}; sharp at any zoom</source>
        <translation>SVG-рисунок, построенный по данным, {width} × {height}; чёткий при любом масштабе</translation>
    </message>
    <message>
        <source>not bundled</source>
        <translation>нет в комплекте</translation>
    </message>
    <message>
        <source>{file} — {format}, {width} × {height}</source>
        <translation>{file} — {format}, {width} × {height}</translation>
    </message>
    <message>
        <source>{details}, {size}</source>
        <comment>file details, then the file&apos;s size</comment>
        <translation>{details}, {size}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} КБ</translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} %</source>
        <comment>zoom level</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{kind}
no file</source>
        <comment>thumbnail of an image without a file</comment>
        <translation>{kind}
нет файла</translation>
    </message>
    <message>
        <source>There is no image to save.</source>
        <translation>Нет изображения для сохранения.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>Изображение JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>Изображение WebP (*.webp)</translation>
    </message>
    <message>
        <source>BMP image (*.bmp)</source>
        <translation>Изображение BMP (*.bmp)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>Сохранить изображение как</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Match theme</source>
        <translation>Как в теме</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлый</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмный</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Шахматка</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>изображение BMP</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>рисунок SVG</translation>
    </message>
    <message>
        <source>The SVG drawing could not be read (QtSvg found it invalid).</source>
        <translation>Не удалось прочитать SVG-рисунок (QtSvg счёл его некорректным).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>The {format} could not be decoded: {error}. The file may be corrupt.</source>
        <translation>Не удалось декодировать файл ({format}): {error}. Возможно, файл повреждён.</translation>
    </message>
    <message>
        <source>The image could not be decoded: {error}</source>
        <translation>Не удалось декодировать изображение: {error}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Wheel or Ctrl+plus/minus to zoom, drag or arrow keys to pan, Ctrl+0 to fit</source>
        <translation>Колесо или Ctrl+плюс/минус — масштаб, перетаскивание или стрелки — сдвиг, Ctrl+0 — вписать</translation>
    </message>
    <message>
        <source>Cannot show this drawing</source>
        <translation>Не удаётся показать рисунок</translation>
    </message>
    <message>
        <source>The SVG drawing could not be read.</source>
        <translation>Не удалось прочитать SVG-рисунок.</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Не удаётся показать изображение</translation>
    </message>
    <message>
        <source>{name}, {width} × {height} pixels</source>
        <translation>{name}, {width} × {height} пикселей</translation>
    </message>
    <message>
        <source>Opening image…</source>
        <translation>Открытие изображения…</translation>
    </message>
    <message>
        <source>Opening image</source>
        <translation>Открытие изображения</translation>
    </message>
    <message>
        <source>{title}. {detail}</source>
        <comment>accessible description of a message in the viewer</comment>
        <translation>{title}. {detail}</translation>
    </message>
    <message>
        <source>{width} × {height} image. Wheel or Ctrl+plus/minus to zoom, drag or arrow keys to pan, Ctrl+0 to fit</source>
        <translation>Изображение {width} × {height}. Колесо или Ctrl+плюс/минус — масштаб, перетаскивание или стрелки — сдвиг, Ctrl+0 — вписать</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views of the selected item</source>
        <translation>Представления выбранного элемента</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Who Was Aboard</source>
        <translation>Кто был на борту</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Проблемы данных</translation>
    </message>
    <message>
        <source>Show data problems</source>
        <translation>Показать проблемы данных</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder…</source>
        <translation>&amp;Открыть папку данных…</translation>
    </message>
    <message>
        <source>Load another data folder on top</source>
        <translation>Загрузить ещё одну папку данных поверх</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>&amp;Перезагрузить данные</translation>
    </message>
    <message>
        <source>Read the data files again</source>
        <translation>Прочитать файлы данных заново</translation>
    </message>
    <message>
        <source>&amp;Export Fact Sheet as PDF…</source>
        <translation>&amp;Экспорт справки в PDF…</translation>
    </message>
    <message>
        <source>Save the page shown, with its pictures, as a PDF</source>
        <translation>Сохранить показанную страницу с иллюстрациями в PDF</translation>
    </message>
    <message>
        <source>&amp;Print Fact Sheet…</source>
        <translation>&amp;Печать справки…</translation>
    </message>
    <message>
        <source>Copy Page as &amp;Text</source>
        <translation>Копировать страницу как &amp;текст</translation>
    </message>
    <message>
        <source>Copy the page shown as plain text</source>
        <translation>Скопировать показанную страницу как обычный текст</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Previous Mission</source>
        <translation>&amp;Предыдущая миссия</translation>
    </message>
    <message>
        <source>&amp;Next Mission</source>
        <translation>&amp;Следующая миссия</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>&amp;Фильтр дерева</translation>
    </message>
    <message>
        <source>Type to filter the tree</source>
        <translation>Введите текст, чтобы отфильтровать дерево</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <source>Find missions, people, expeditions and events</source>
        <translation>Найти миссии, людей, экспедиции и события</translation>
    </message>
    <message>
        <source>Data &amp;Problems</source>
        <translation>&amp;Проблемы данных</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <source>%n mission</source>
        <translation>
            <numerusform>%n миссия</numerusform>
            <numerusform>%n миссии</numerusform>
            <numerusform>%n миссий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n миссия</numerusform>
            <numerusform>%n миссии</numerusform>
            <numerusform>%n миссий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {count} data problems</source>
        <translation>⚠ проблем данных: {count}</translation>
    </message>
    <message>
        <source>{count} data warnings</source>
        <translation>предупреждений о данных: {count}</translation>
    </message>
    <message>
        <source>, {count} files skipped</source>
        <translation>, пропущено файлов: {count}</translation>
    </message>
    <message>
        <source>Show which files were skipped and why</source>
        <translation>Показать, какие файлы пропущены и почему</translation>
    </message>
    <message>
        <source>Data reloaded</source>
        <translation>Данные перезагружены</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not in the data</source>
        <translation>«{id}» нет в данных</translation>
    </message>
    <message>
        <source>No mission with the id &apos;{id}&apos; in the data</source>
        <translation>В данных нет миссии с идентификатором «{id}»</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Explore crewed Soyuz spaceflights from a bundled data set in which every fact cites its source.&lt;/p&gt;&lt;p&gt;Code: MIT licence. Data: compiled from the cited sources; text from the Wikipedia article on Soyuz MS-07 is used under CC BY-SA 4.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Изучайте пилотируемые полёты «Союзов» по встроенному набору данных, в котором у каждого факта указан источник.&lt;/p&gt;&lt;p&gt;Код: лицензия MIT. Данные: собраны из указанных источников; текст статьи Википедии о «Союзе МС-07» используется по лицензии CC BY-SA 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt {qt} and PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Собрано с Qt {qt} и PySide6 {pyside}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Fact Sheet</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n page)</source>
        <translation>
            <numerusform>Сохранено: {file} (%n страница)</numerusform>
            <numerusform>Сохранено: {file} (%n страницы)</numerusform>
            <numerusform>Сохранено: {file} (%n страниц)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n pages)</source>
        <translation>
            <numerusform>Сохранено: {file} (%n страница)</numerusform>
            <numerusform>Сохранено: {file} (%n страницы)</numerusform>
            <numerusform>Сохранено: {file} (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>Page copied as text</source>
        <translation>Страница скопирована как текст</translation>
    </message>
</context>
<context>
    <name>MissionTree</name>
    <message>
        <source>Filter missions, people, events…</source>
        <translation>Фильтр: полёты, люди, события…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Очистить фильтр</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Show only tree rows whose text contains every typed word</source>
        <translation>Показывать только строки, содержащие все введённые слова</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Полёты</translation>
    </message>
    <message>
        <source>Programmes, missions, crews, dockings, events and references</source>
        <translation>Программы, полёты, экипажи, стыковки, события и источники</translation>
    </message>
    <message>
        <source>Group missions by</source>
        <translation>Группировать полёты</translation>
    </message>
    <message>
        <source>Group missions by programme, spacecraft generation, station, decade, launch year or expedition</source>
        <translation>Группировать миссии по программе, поколению корабля, станции, десятилетию, году запуска или экспедиции</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>По программе</translation>
    </message>
    <message>
        <source>By spacecraft generation</source>
        <translation>По поколению корабля</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>По станции</translation>
    </message>
    <message>
        <source>By decade</source>
        <translation>По десятилетию</translation>
    </message>
    <message>
        <source>By launch year</source>
        <translation>По году запуска</translation>
    </message>
    <message>
        <source>By expedition</source>
        <translation>По экспедиции</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>No matches for “{text}”</source>
        <translation>По запросу «{text}» ничего не найдено</translation>
    </message>
</context>
<context>
    <name>MissionTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>No station visited</source>
        <translation>Без посещения станции</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <comment>a decade, e.g. 1970s</comment>
        <translation>{decade}-е</translation>
    </message>
    <message>
        <source>Launch year unknown</source>
        <translation>Год запуска неизвестен</translation>
    </message>
    <message>
        <source>No expedition in the data</source>
        <translation>Без экспедиции в данных</translation>
    </message>
    <message>
        <source>Other missions</source>
        <translation>Другие полёты</translation>
    </message>
    <message>
        <source>mission</source>
        <comment>tooltip of a mission without a type</comment>
        <translation>полёт</translation>
    </message>
    <message>
        <source>launch date unknown</source>
        <translation>дата запуска неизвестна</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <source>Backup crew</source>
        <translation>Дублирующий экипаж</translation>
    </message>
    <message>
        <source>Dockings</source>
        <translation>Стыковки</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Docked at {station}</source>
        <translation>Пристыкован к станции {station}</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>unknown reference</source>
        <translation>неизвестный источник</translation>
    </message>
    <message>
        <source>{id} (unknown)</source>
        <translation>{id} (неизвестно)</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>должность неизвестна</translation>
    </message>
    <message numerus="yes">
        <source>%n mission</source>
        <translation>
            <numerusform>%n полёт</numerusform>
            <numerusform>%n полёта</numerusform>
            <numerusform>%n полётов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n полёт</numerusform>
            <numerusform>%n полёта</numerusform>
            <numerusform>%n полётов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ship</source>
        <translation>
            <numerusform>%n корабль</numerusform>
            <numerusform>%n корабля</numerusform>
            <numerusform>%n кораблей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ships</source>
        <translation>
            <numerusform>%n корабль</numerusform>
            <numerusform>%n корабля</numerusform>
            <numerusform>%n кораблей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n docking</source>
        <translation>
            <numerusform>%n стыковка</numerusform>
            <numerusform>%n стыковки</numerusform>
            <numerusform>%n стыковок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dockings</source>
        <translation>
            <numerusform>%n стыковка</numerusform>
            <numerusform>%n стыковки</numerusform>
            <numerusform>%n стыковок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionType</name>
    <message>
        <source>Apollo–Soyuz Test Project</source>
        <translation>Экспериментальный полёт «Аполлон» — «Союз»</translation>
    </message>
    <message>
        <source>Astronomy</source>
        <translation>Астрономические наблюдения</translation>
    </message>
    <message>
        <source>Cargo delivery to the ISS</source>
        <translation>Доставка грузов на МКС</translation>
    </message>
    <message>
        <source>Crewed mission to ISS</source>
        <translation>Пилотируемый полёт к МКС</translation>
    </message>
    <message>
        <source>Crewed mission to ISS, Space tourism</source>
        <translation>Пилотируемый полёт к МКС, космический туризм</translation>
    </message>
    <message>
        <source>Crewed mission to Salyut 6</source>
        <translation>Пилотируемый полёт к «Салюту-6»</translation>
    </message>
    <message>
        <source>Crewed test flight to Salyut 6</source>
        <translation>Пилотируемый испытательный полёт к «Салюту-6»</translation>
    </message>
    <message>
        <source>Dock with Salyut 1</source>
        <translation>Стыковка с «Салютом-1»</translation>
    </message>
    <message>
        <source>Docking with Salyut 3</source>
        <translation>Стыковка с «Салютом-3»</translation>
    </message>
    <message>
        <source>Docking with Salyut 4</source>
        <translation>Стыковка с «Салютом-4»</translation>
    </message>
    <message>
        <source>Docking with Salyut 5</source>
        <translation>Стыковка с «Салютом-5»</translation>
    </message>
    <message>
        <source>Earth science mission</source>
        <translation>Исследование Земли</translation>
    </message>
    <message>
        <source>First Mir crew and last Salyut 7 crew</source>
        <translation>Первый экипаж «Мира» и последний экипаж «Салюта-7»</translation>
    </message>
    <message>
        <source>Flight test</source>
        <translation>Лётные испытания</translation>
    </message>
    <message>
        <source>ISS assembly</source>
        <translation>Сборка МКС</translation>
    </message>
    <message>
        <source>ISS crew rotation</source>
        <translation>Смена экипажа МКС</translation>
    </message>
    <message>
        <source>ISS crew transport</source>
        <translation>Доставка экипажа на МКС</translation>
    </message>
    <message>
        <source>ISS crew transport (Soyuz exchange)</source>
        <translation>Доставка экипажа на МКС (замена «Союза»)</translation>
    </message>
    <message>
        <source>ISS crew transport (planned)</source>
        <translation>Доставка экипажа на МКС (запланирован)</translation>
    </message>
    <message>
        <source>ISS logistics</source>
        <translation>Обеспечение МКС</translation>
    </message>
    <message>
        <source>ISS resupply</source>
        <translation>Снабжение МКС</translation>
    </message>
    <message>
        <source>Interkosmos visit to Salyut 6</source>
        <translation>Экспедиция посещения «Салюта-6» по программе «Интеркосмос»</translation>
    </message>
    <message>
        <source>Interkosmos visit to Salyut 6 (docking failed)</source>
        <translation>Экспедиция посещения «Салюта-6» по программе «Интеркосмос» (стыковка не удалась)</translation>
    </message>
    <message>
        <source>Interkosmos visit to Salyut 6 and ship exchange</source>
        <translation>Экспедиция посещения «Салюта-6» по программе «Интеркосмос» и замена корабля</translation>
    </message>
    <message>
        <source>Mir crew transport</source>
        <translation>Доставка экипажа на «Мир»</translation>
    </message>
    <message>
        <source>Mir crew transport; test of the APAS-89 docking system</source>
        <translation>Доставка экипажа на «Мир»; испытание стыковочного агрегата АПАС-89</translation>
    </message>
    <message>
        <source>Mir visiting crew and lifeboat exchange</source>
        <translation>Экспедиция посещения «Мира» и замена корабля-спасателя</translation>
    </message>
    <message>
        <source>Orbital test flight</source>
        <translation>Орбитальный испытательный полёт</translation>
    </message>
    <message>
        <source>Private spaceflight to the ISS</source>
        <translation>Частный космический полёт на МКС</translation>
    </message>
    <message>
        <source>Return to Flight, ISS logistics</source>
        <translation>Возобновление полётов, обеспечение МКС</translation>
    </message>
    <message>
        <source>Salyut 1 crew</source>
        <translation>Экипаж «Салюта-1»</translation>
    </message>
    <message>
        <source>Salyut 6 expedition</source>
        <translation>Экспедиция на «Салют-6»</translation>
    </message>
    <message>
        <source>Salyut 6 expedition (docking failed)</source>
        <translation>Экспедиция на «Салют-6» (стыковка не удалась)</translation>
    </message>
    <message>
        <source>Salyut 6 repair expedition and Soyuz T test</source>
        <translation>Ремонтная экспедиция на «Салют-6» и испытание «Союза Т»</translation>
    </message>
    <message>
        <source>Salyut 7 crew transport</source>
        <translation>Доставка экипажа на «Салют-7»</translation>
    </message>
    <message>
        <source>Salyut 7 crew transport (planned)</source>
        <translation>Доставка экипажа на «Салют-7» (запланирован)</translation>
    </message>
    <message>
        <source>Salyut 7 rescue and repair</source>
        <translation>Спасение и ремонт «Салюта-7»</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew</source>
        <translation>Экспедиция посещения «Салюта-7»</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew (Soviet-French flight)</source>
        <translation>Экспедиция посещения «Салюта-7» (советско-французский полёт)</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew (Soviet-Indian flight) and replacement ship</source>
        <translation>Экспедиция посещения «Салюта-7» (советско-индийский полёт) и замена корабля</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew and replacement ship</source>
        <translation>Экспедиция посещения «Салюта-7» и замена корабля</translation>
    </message>
    <message>
        <source>Test flight</source>
        <translation>Испытательный полёт</translation>
    </message>
    <message>
        <source>Uncrewed replacement return ship for Salyut 6</source>
        <translation>Беспилотный корабль на замену для возвращения с «Салюта-6»</translation>
    </message>
    <message>
        <source>Uncrewed spacecraft replacement mission to ISS</source>
        <translation>Беспилотная доставка корабля на замену к МКС</translation>
    </message>
    <message>
        <source>Uncrewed test flight</source>
        <translation>Беспилотный испытательный полёт</translation>
    </message>
</context>
<context>
    <name>Ordinals</name>
    <message>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Второй</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Третий</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Четвёртый</translation>
    </message>
    <message>
        <source>Fifth</source>
        <translation>Пятый</translation>
    </message>
    <message>
        <source>Sixth</source>
        <translation>Шестой</translation>
    </message>
    <message>
        <source>Seventh</source>
        <translation>Седьмой</translation>
    </message>
    <message>
        <source>Eighth</source>
        <translation>Восьмой</translation>
    </message>
    <message>
        <source>Ninth</source>
        <translation>Девятый</translation>
    </message>
    <message>
        <source>Tenth</source>
        <translation>Десятый</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}-й</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}-й</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}-й</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}-й</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Launch abort</source>
        <translation>Авария при запуске</translation>
    </message>
    <message>
        <source>Docking failed</source>
        <translation>Стыковка не удалась</translation>
    </message>
    <message>
        <source>Crew lost</source>
        <translation>Гибель экипажа</translation>
    </message>
    <message>
        <source>Ballistic re-entry</source>
        <translation>Баллистический спуск</translation>
    </message>
    <message>
        <source>Off-target landing</source>
        <translation>Посадка вне расчётного района</translation>
    </message>
    <message>
        <source>Uncrewed</source>
        <translation>Без экипажа</translation>
    </message>
    <message>
        <source>Landed without crew</source>
        <translation>Вернулся без экипажа</translation>
    </message>
    <message>
        <source>Early return</source>
        <translation>Досрочное возвращение</translation>
    </message>
    <message>
        <source>Did not go to plan</source>
        <translation>Не по плану</translation>
    </message>
</context>
<context>
    <name>PageLinks</name>
    <message>
        <source>Source {number}</source>
        <translation>Источник {number}</translation>
    </message>
    <message>
        <source>Links on this page</source>
        <translation>Ссылки на этой странице</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>Commander</source>
        <translation>Командир</translation>
    </message>
    <message>
        <source>Flight Engineer</source>
        <translation>Бортинженер</translation>
    </message>
    <message>
        <source>Spaceflight participant</source>
        <translation>Участник космического полёта</translation>
    </message>
    <message>
        <source>Landing crew member</source>
        <translation>Член экипажа посадки</translation>
    </message>
    <message>
        <source>{position} {number}</source>
        <comment>e.g. Flight Engineer 2</comment>
        <translation>{position}-{number}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>⚠ {errors} data errors, {warnings} warnings</source>
        <translation>⚠ ошибок данных: {errors}, предупреждений: {warnings}</translation>
    </message>
    <message>
        <source>⚠ {errors} data errors</source>
        <translation>⚠ ошибок данных: {errors}</translation>
    </message>
    <message>
        <source>{warnings} data warnings</source>
        <translation>предупреждений о данных: {warnings}</translation>
    </message>
    <message>
        <source>, {count} files skipped</source>
        <translation>, пропущено файлов: {count}</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Проблемы в данных</translation>
    </message>
    <message>
        <source>Files that were skipped or have problems, with line and field</source>
        <translation>Пропущенные файлы и файлы с проблемами, со строкой и полем</translation>
    </message>
    <message>
        <source>No problems: every data file loaded cleanly.</source>
        <translation>Проблем нет: все файлы данных загружены без ошибок.</translation>
    </message>
    <message>
        <source>{errors} data errors and {warnings} warnings; {skipped} files were skipped. Everything else is shown. Run &apos;{command}&apos; for the same list in a terminal.</source>
        <translation>Ошибок данных: {errors}, предупреждений: {warnings}; пропущено файлов: {skipped}. Всё остальное показано. Тот же список в терминале: «{command}».</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a data file that was not loaded</comment>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Mission</source>
        <translation>Полёт</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Expedition</source>
        <translation>Экспедиция</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станция</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Поиск по всему</translation>
    </message>
    <message>
        <source>Search missions, people, expeditions, events…</source>
        <translation>Поиск полётов, людей, экспедиций, событий…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст запроса</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ — выбор · Enter — открыть · Esc — закрыть</translation>
    </message>
</context>
<context>
    <name>TimelineBase</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Use left and right arrows to move between items, plus and minus to zoom</source>
        <translation>Стрелки влево и вправо — переход между элементами, плюс и минус — масштаб</translation>
    </message>
    <message>
        <source>Programme by spacecraft</source>
        <translation>Программа по кораблям</translation>
    </message>
    <message>
        <source>Programme by station and port</source>
        <translation>Программа по станциям и узлам</translation>
    </message>
    <message>
        <source>Timeline: {title}</source>
        <translation>Шкала времени: {title}</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>{app} timeline</source>
        <comment>an exported timeline&apos;s description</comment>
        <translation>{app}: шкала времени</translation>
    </message>
</context>
<context>
    <name>TimelineLabels</name>
    <message>
        <source>{decade}s</source>
        <comment>a decade on the timeline axis, e.g. 2010s</comment>
        <translation>{decade}-е</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>QDateTime format of a minute in timeline tooltips</comment>
        <translation>d MMM yyyy &apos;г.&apos; HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QDateTime format of a day with its weekday on the timeline axis</comment>
        <translation>ddd, d MMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>QDateTime format of a day and time on the timeline axis</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDateTime format of a day in timeline tooltips</comment>
        <translation>d MMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDateTime format of a day without its year on the timeline axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a short month name and a year, e.g. Dec 2017</comment>
        <translation>{month} {year} г.</translation>
    </message>
    <message>
        <source>Flight phases</source>
        <translation>Этапы полёта</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>{series}, row {row}</source>
        <comment>a further row of one spacecraft series on the timeline</comment>
        <translation>{series}, ряд {row}</translation>
    </message>
    <message>
        <source>Exp. {number}</source>
        <comment>short name of an expedition</comment>
        <translation>Эксп. {number}</translation>
    </message>
    <message>
        <source>{title}, {time}</source>
        <comment>a timeline item and when it happened</comment>
        <translation>{title}, {time}</translation>
    </message>
    <message>
        <source>{start} to now</source>
        <translation>с {start} по настоящее время</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>QDateTime format of a year in timeline tooltips</comment>
        <translation>yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>QDateTime format of a second in timeline tooltips</comment>
        <translation>d MMM yyyy &apos;г.&apos; HH:mm:ss</translation>
    </message>
    <message>
        <source>Docked at {port}</source>
        <translation>Пристыкован: {port}</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Перестыковка</translation>
    </message>
    <message>
        <source>To the station</source>
        <translation>К станции</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>flight back to Earth</comment>
        <translation>Возвращение</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Полёт</translation>
    </message>
    <message>
        <source>{ship} at {port}</source>
        <translation>{ship}: {port}</translation>
    </message>
    <message>
        <source>{name} · still in space</source>
        <translation>{name} · ещё в космосе</translation>
    </message>
    <message>
        <source>{name} · {duration}</source>
        <translation>{name} · {duration}</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Docking</source>
        <translation>Стыковка</translation>
    </message>
    <message>
        <source>Undocking</source>
        <translation>Расстыковка</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <source>Spacewalk</source>
        <translation>Выход в космос</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Авария</translation>
    </message>
    <message>
        <source>Crew change</source>
        <translation>Смена экипажа</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>{count} items — zoom in to separate them</source>
        <translation>Элементов: {count} — увеличьте масштаб, чтобы их разделить</translation>
    </message>
</context>
<context>
    <name>TimelinePainting</name>
    <message>
        <source>Nothing to show on the timeline</source>
        <translation>На шкале времени нечего показать</translation>
    </message>
    <message>
        <source>Expeditions</source>
        <translation>Экспедиции</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <source>Mission elapsed</source>
        <translation>Полётное время</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the mission or programme in view (0)</source>
        <translation>Показать полёт или программу целиком (0)</translation>
    </message>
    <message>
        <source>Timeline view</source>
        <translation>Вид шкалы времени</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Полёт</translation>
    </message>
    <message>
        <source>Programme by spacecraft</source>
        <translation>Программа по кораблям</translation>
    </message>
    <message>
        <source>Programme by station and port</source>
        <translation>Программа по станциям и узлам</translation>
    </message>
    <message>
        <source>Time shown as</source>
        <translation>Показывать время как</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <source>Mission elapsed time</source>
        <translation>Полётное время</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the timeline as PNG or SVG</source>
        <translation>Экспортировать шкалу времени в PNG или SVG</translation>
    </message>
    <message>
        <source>Visible range as PNG…</source>
        <translation>Видимый диапазон в PNG…</translation>
    </message>
    <message>
        <source>Visible range as SVG…</source>
        <translation>Видимый диапазон в SVG…</translation>
    </message>
    <message>
        <source>Full range as PNG…</source>
        <translation>Весь диапазон в PNG…</translation>
    </message>
    <message>
        <source>Full range as SVG…</source>
        <translation>Весь диапазон в SVG…</translation>
    </message>
    <message>
        <source>Colours of the spacecraft generations</source>
        <translation>Цвета поколений кораблей</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Экспорт шкалы времени</translation>
    </message>
</context>
<context>
    <name>_FullScreenHost</name>
    <message>
        <source>Full-screen image</source>
        <translation>Изображение во весь экран</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
</context>
</TS>
