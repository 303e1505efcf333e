<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Touch the screen to explore</source>
        <translation>画面にタッチしてはじめましょう</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>残り秒数</translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n second.</source>
        <translation>
            <numerusform>%n秒後に最初の画面に戻ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning to the start in %n seconds.</source>
        <translation>
            <numerusform>%n秒後に最初の画面に戻ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still exploring?</source>
        <translation>まだご覧になっていますか？</translation>
    </message>
    <message>
        <source>Keep exploring</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Stay on this page instead of returning to the start</source>
        <translation>最初の画面に戻らず、このページにとどまる</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try left.</source>
        <translation>
            <numerusform>PINが違います。残り%n回です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left.</source>
        <translation>
            <numerusform>PINが違います。残り%n回です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second.</source>
        <translation>
            <numerusform>PINの誤りが多すぎます。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PINの誤りが多すぎます。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute.</source>
        <translation>
            <numerusform>PINの誤りが多すぎます。%n分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minutes.</source>
        <translation>
            <numerusform>PINの誤りが多すぎます。%n分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator PIN</source>
        <translation>オペレーターPIN</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>PIN digits entered</source>
        <translation>入力済みのPINの桁</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>最後の数字を削除</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PINを確定</translation>
    </message>
    <message>
        <source>Digit {d}</source>
        <translation>数字 {d}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel and return to the exhibit</source>
        <translation>キャンセルして展示に戻る</translation>
    </message>
    <message>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>キオスクモードを終了するにはPINを入力してください。</translation>
    </message>
    <message>
        <source>Kiosk controls</source>
        <translation>キオスクの操作</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>前のページに戻る</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Return to the start page</source>
        <translation>最初のページに戻る</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>文字を小さくする</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>文字を大きくする</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <source>Show everything in this language</source>
        <translation>すべてをこの言語で表示します</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>AboardPanel</name>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>d MMM yyyy  HH:mm &apos;UTC&apos;</source>
        <comment>QDateTimeEdit display format</comment>
        <translation>yyyy/MM/dd  HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Date and time in UTC</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Type a date and time in UTC, e.g. 2018-01-01 00:00 or 1 Jan 2018 00:00, then press Enter</source>
        <translation>UTC の日時を入力して Enter を押してください（例: 2018-01-01 00:00、2018/01/01 0:00）</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>カレンダーから日付を選ぶ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>People aboard</source>
        <translation>搭乗者</translation>
    </message>
    <message>
        <source>Who was aboard</source>
        <translation>搭乗者:</translation>
    </message>
    <message>
        <source>on</source>
        <comment>Who was aboard [station] on [date]</comment>
        <translation>日時:</translation>
    </message>
    <message>
        <source>“{text}” is not a date this field understands; nothing was changed. Type e.g. 2018-01-01 00:00, 2018-01-01 or {example}.</source>
        <translation>「{text}」はこの欄で読み取れる日付ではないため、何も変更していません。2018-01-01 00:00、2018-01-01、{example} のように入力してください。</translation>
    </message>
    <message>
        <source>No station in the data.</source>
        <translation>データにステーションがありません。</translation>
    </message>
    <message>
        <source>Nobody was aboard on {when}.</source>
        <translation>{when}時点で搭乗者はいませんでした。</translation>
    </message>
    <message>
        <source>Nobody in the data was aboard on {when}.</source>
        <translation>データ上、{when}に搭乗していた人はいません。</translation>
    </message>
    <message>
        <source>Derived from the crews and docking times in the data, which hold every crewed ship that docked at this station then.</source>
        <translation>データ上の乗員とドッキング時刻から求めたものです。この時期にこのステーションにドッキングした有人宇宙船はすべてデータに含まれています。</translation>
    </message>
    <message>
        <source>The data holds every crewed visit to {station} from {start} to {end} only; at this moment crews that came on ships not in the data would be missing.</source>
        <translation>データに{station}へのすべての有人訪問が含まれるのは{start}から{end}までです。この時点では、データにない宇宙船で来た乗員が抜けている可能性があります。</translation>
    </message>
    <message>
        <source>Derived from the crews and docking times in the data; crews that came on ships the data does not hold would be missing.</source>
        <translation>データ上の乗員とドッキング時刻から求めたものです。データにない宇宙船で来た乗員は含まれません。</translation>
    </message>
    <message>
        <source>arrived on {ship}</source>
        <comment>a person arrived on a ship</comment>
        <translation>{ship}で到着</translation>
    </message>
    <message numerus="yes">
        <source>%n person aboard on {when}</source>
        <translation>
            <numerusform>{when}時点の搭乗者: %n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people aboard on {when}</source>
        <translation>
            <numerusform>{when}時点の搭乗者: %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>{station} was not in orbit yet: it was launched on {date}.</source>
        <translation>{station}はまだ軌道上にありませんでした（打ち上げは{date}）。</translation>
    </message>
    <message>
        <source>{station} was no longer in orbit: it re-entered the atmosphere on {date}.</source>
        <translation>{station}はもう軌道上にありませんでした（大気圏再突入は{date}）。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Soyuz Mission Browser</source>
        <translation>ソユーズ・ミッション・ブラウザー</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Russia</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>アメリカ合衆国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>イタリア</translation>
    </message>
    <message>
        <source>France</source>
        <translation>フランス</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>カザフスタン</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>ベラルーシ</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>アラブ首長国連邦</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>デンマーク</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>オランダ</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>ベルギー</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>スペイン</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>スウェーデン</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>マレーシア</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南アフリカ</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>ブラジル</translation>
    </message>
    <message>
        <source>Soviet Union</source>
        <translation>ソビエト連邦</translation>
    </message>
    <message>
        <source>Czechoslovakia</source>
        <translation>チェコスロバキア</translation>
    </message>
    <message>
        <source>East Germany</source>
        <translation>東ドイツ</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>ポーランド</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>ブルガリア</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>ハンガリー</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ベトナム</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>キューバ</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>モンゴル</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>ルーマニア</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>シリア</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>アフガニスタン</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>オーストリア</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>スロバキア</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>トルコ</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>イスラエル</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>スイス</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>ウクライナ</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>メキシコ</translation>
    </message>
    <message>
        <source>Czech Republic</source>
        <translation>チェコ</translation>
    </message>
</context>
<context>
    <name>DetailPages</name>
    <message>
        <source>mission patch</source>
        <translation>ミッションパッチ</translation>
    </message>
    <message>
        <source>crew photo</source>
        <translation>クルー写真</translation>
    </message>
    <message>
        <source>launch photo</source>
        <translation>打ち上げ写真</translation>
    </message>
    <message>
        <source>spacecraft photo</source>
        <translation>宇宙船の写真</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a value the data does not have</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>(not in the data)</source>
        <translation>（データにありません）</translation>
    </message>
    <message>
        <source>in English</source>
        <comment>a text not yet translated into the interface language</comment>
        <translation>英語のまま</translation>
    </message>
    <message>
        <source>See:</source>
        <comment>followed by links to the people and ships a note mentions</comment>
        <translation>関連:</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <comment>a period of command</comment>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <comment>a commander who handed over</comment>
        <translation>{date}まで</translation>
    </message>
    <message>
        <source>from {date}</source>
        <comment>a commander who took over</comment>
        <translation>{date}から</translation>
    </message>
    <message>
        <source>The data file of this page has problems; some facts may be missing or wrong.</source>
        <translation>このページのデータファイルには問題があります。一部の情報が欠けているか誤っている可能性があります。</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>ファイル: {file}</translation>
    </message>
    <message>
        <source>References</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>(reference not in the data)</source>
        <translation>（出典はデータにありません）</translation>
    </message>
    <message>
        <source>read {date}</source>
        <comment>when a web page was read (an ISO date)</comment>
        <translation>{date} 閲覧</translation>
    </message>
    <message>
        <source>details</source>
        <comment>link to the page of a reference</comment>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The {ordinal} crewed Soyuz flight in the data</source>
        <translation>このデータで{ordinal}の有人ソユーズ飛行</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>打ち上げ</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>着陸</translation>
    </message>
    <message>
        <source>Mission duration</source>
        <translation>ミッション期間</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>クルー</translation>
    </message>
    <message>
        <source>uncrewed cargo ship</source>
        <translation>無人補給船</translation>
    </message>
    <message>
        <source>About the flight</source>
        <translation>飛行について</translation>
    </message>
    <message>
        <source>It was the {ordinal} flight of a Soyuz spacecraft, counting the uncrewed Soyuz 2, 20 and 34 as the encyclopedias do.</source>
        <comment>{ordinal} is e.g. 136th</comment>
        <translation>百科事典と同じく無人のソユーズ2号・20号・34号も数えると、ソユーズ宇宙船の{ordinal}の飛行です。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Crew member</source>
        <translation>クルーメンバー</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>宇宙機関</translation>
    </message>
    <message>
        <source>landed only</source>
        <comment>a crew member who only came back on this ship</comment>
        <translation>着陸のみ</translation>
    </message>
    <message>
        <source>launched only</source>
        <comment>a crew member who only went up on this ship</comment>
        <translation>打ち上げのみ</translation>
    </message>
    <message>
        <source>launch abort: not counted as a spaceflight</source>
        <translation>打ち上げ中止: 宇宙飛行に数えない</translation>
    </message>
    <message>
        <source>{ordinal} spaceflight</source>
        <comment>{ordinal} is e.g. Third</comment>
        <translation>{ordinal}の宇宙飛行</translation>
    </message>
    <message>
        <source>Expeditions</source>
        <translation>長期滞在</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>飛行</translation>
    </message>
    <message>
        <source>Backup crew</source>
        <translation>バックアップクルー</translation>
    </message>
    <message>
        <source>Dockings</source>
        <translation>ドッキング</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Docked</source>
        <translation>ドッキング</translation>
    </message>
    <message>
        <source>Undocked</source>
        <translation>ドッキング解除</translation>
    </message>
    <message>
        <source>Time docked:</source>
        <translation>ドッキング期間:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>bundled</source>
        <comment>an image file that ships with the app</comment>
        <translation>同梱</translation>
    </message>
    <message>
        <source>no file in the data</source>
        <translation>データにファイルなし</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title and caption</source>
        <translation>タイトルと説明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Where sources differ</source>
        <translation>出典による違い</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>別の値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>{mass} kg</source>
        <translation>{mass} kg</translation>
    </message>
    <message>
        <source>Mission type</source>
        <translation>ミッションの種類</translation>
    </message>
    <message>
        <source>COSPAR ID</source>
        <translation>COSPAR ID</translation>
    </message>
    <message>
        <source>SATCAT no.</source>
        <translation>SATCAT番号</translation>
    </message>
    <message>
        <source>Spacecraft</source>
        <translation>宇宙船</translation>
    </message>
    <message>
        <source>Spacecraft generation</source>
        <translation>宇宙船の世代</translation>
    </message>
    <message>
        <source>Spacecraft type</source>
        <translation>宇宙船の型式</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>製造番号</translation>
    </message>
    <message>
        <source>Callsign</source>
        <translation>コールサイン</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>製造者</translation>
    </message>
    <message>
        <source>Launch mass</source>
        <translation>打ち上げ質量</translation>
    </message>
    <message>
        <source>Crew size</source>
        <translation>クルー人数</translation>
    </message>
    <message>
        <source>uncrewed</source>
        <translation>無人</translation>
    </message>
    <message>
        <source>Launch date</source>
        <translation>打ち上げ日時</translation>
    </message>
    <message>
        <source>Launch vehicle</source>
        <translation>打ち上げロケット</translation>
    </message>
    <message>
        <source>Launch site</source>
        <translation>打ち上げ場所</translation>
    </message>
    <message>
        <source>Landing date</source>
        <translation>着陸日時</translation>
    </message>
    <message>
        <source>Landing site</source>
        <translation>着陸地点</translation>
    </message>
    <message>
        <source>Reference system</source>
        <translation>基準座標系</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>軌道</translation>
    </message>
    <message>
        <source>none: a free flight</source>
        <comment>a mission that visited no station</comment>
        <translation>なし（単独飛行）</translation>
    </message>
    <message>
        <source>Docking port</source>
        <translation>ドッキングポート</translation>
    </message>
    <message>
        <source>Docking date</source>
        <translation>ドッキング日時</translation>
    </message>
    <message>
        <source>Undocking date</source>
        <translation>ドッキング解除日時</translation>
    </message>
    <message>
        <source>Time docked</source>
        <translation>ドッキング期間</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Spaceflights</source>
        <translation>宇宙飛行</translation>
    </message>
    <message>
        <source>Time in space</source>
        <translation>宇宙滞在時間</translation>
    </message>
    <message>
        <source>Backup assignments</source>
        <translation>バックアップ任命</translation>
    </message>
    <message>
        <source>Expeditions commanded</source>
        <translation>指揮した長期滞在</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>launch abort, not counted</source>
        <translation>打ち上げ中止、数えない</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>宇宙船</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Ordinals and durations are computed from the flights recorded in the data.</source>
        <translation>回数と期間はデータに記録された飛行から算出しています。</translation>
    </message>
    <message>
        <source>Crew positions</source>
        <translation>クルーとしての役職</translation>
    </message>
    <message>
        <source>Backup crew positions</source>
        <translation>バックアップクルーとしての役職</translation>
    </message>
    <message>
        <source>Station command</source>
        <translation>ステーションの指揮</translation>
    </message>
    <message>
        <source>Commander of {expedition}</source>
        <comment>{expedition} is e.g. Expedition 55</comment>
        <translation>{expedition}のコマンダー</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Mentioned in:</source>
        <translation>言及されている項目:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>母語での表記</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選抜年</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>No flights in the data.</source>
        <translation>データに飛行はありません。</translation>
    </message>
    <message>
        <source>resident crew</source>
        <translation>長期滞在クルー</translation>
    </message>
    <message>
        <source>visiting crew</source>
        <translation>訪問クルー</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>コマンダー</translation>
    </message>
    <message>
        <source>Commanders</source>
        <translation>コマンダー</translation>
    </message>
    <message>
        <source>Crew in the data</source>
        <translation>データ上のクルー</translation>
    </message>
    <message>
        <source>flight not in the data</source>
        <translation>飛行はデータにありません</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>宇宙船</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>閲覧日</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>引用している項目</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Space station</source>
        <translation>宇宙ステーション</translation>
    </message>
    <message>
        <source>still in orbit</source>
        <translation>現在も軌道上</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>打ち上げ</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation>再突入</translation>
    </message>
    <message>
        <source>Time in orbit</source>
        <translation>軌道上の期間</translation>
    </message>
    <message>
        <source>Crewed ships in the data</source>
        <translation>データ上の有人宇宙船</translation>
    </message>
    <message>
        <source>Expedition</source>
        <translation>長期滞在</translation>
    </message>
    <message>
        <source>Visiting ships</source>
        <translation>訪れた宇宙船</translation>
    </message>
    <message>
        <source>Docking ports</source>
        <translation>ドッキングポート</translation>
    </message>
    <message>
        <source>whole life</source>
        <comment>a port that existed as long as the station</comment>
        <translation>運用期間中ずっと</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>%n mission in the data</source>
        <translation>
            <numerusform>データ上のミッション: %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missions in the data</source>
        <translation>
            <numerusform>データ上のミッション: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits in the data</source>
        <translation>データ上の訪問数</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation>ポート滞在時間</translation>
    </message>
    <message>
        <source>cargo</source>
        <comment>an uncrewed cargo ship in a crew column</comment>
        <translation>貨物</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Nothing with the id {id} is in the data.</source>
        <translation>ID {id} に該当するものはデータにありません。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Facts, crew, dockings, events and sources of the selected item. Right and Left arrows go from link to link, Enter opens it</source>
        <translation>選択した項目の概要・乗員・ドッキング・出来事・出典。左右の矢印キーでリンク間を移動し、Enter で開きます</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>{app} fact sheet</source>
        <comment>footer of a printed page</comment>
        <translation>{app} ファクトシート</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{year}</source>
        <comment>a year on its own, e.g. 2017</comment>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a month, e.g. December 2017</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDateTime format of a day</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm &apos;UTC&apos;</source>
        <comment>QDateTime format of a minute in UTC</comment>
        <translation>yyyy年M月d日 HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm:ss &apos;UTC&apos;</source>
        <comment>QDateTime format of a second in UTC</comment>
        <translation>yyyy年M月d日 HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>QDate format of a short day in the mission tree</comment>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Mission patch</source>
        <translation>ミッションパッチ</translation>
    </message>
    <message>
        <source>Crew photo</source>
        <translation>クルー写真</translation>
    </message>
    <message>
        <source>Launch photo</source>
        <translation>打ち上げ写真</translation>
    </message>
    <message>
        <source>Spacecraft photo</source>
        <translation>宇宙船の写真</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>図解</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>{mission} emblem</source>
        <comment>title of the generated emblem</comment>
        <translation>{mission} エンブレム</translation>
    </message>
    <message>
        <source>Illustrative emblem generated from the mission data — not the official patch</source>
        <translation>ミッションのデータから生成した参考用のエンブレム — 公式パッチではありません</translation>
    </message>
    <message>
        <source>Generated by {app} from the mission data</source>
        <translation>{app}がミッションのデータから生成</translation>
    </message>
    <message>
        <source>Same as the app&apos;s code (MIT)</source>
        <translation>アプリのコードと同じ (MIT)</translation>
    </message>
    <message>
        <source>The mission&apos;s data folder is not known, so its image files cannot be found.</source>
        <translation>ミッションのデータフォルダーが不明なため、画像ファイルを見つけられません。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>画像全体を表示</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>全面</translation>
    </message>
    <message>
        <source>Fill the view with the image</source>
        <translation>画像で表示領域を埋める</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Actual size: one image pixel per screen pixel</source>
        <translation>実寸: 画像の1ピクセルを画面の1ピクセルで表示</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Rotate anticlockwise (Shift+R)</source>
        <translation>左に回転 (Shift+R)</translation>
    </message>
    <message>
        <source>Rotate clockwise (R)</source>
        <translation>右に回転 (R)</translation>
    </message>
    <message>
        <source>Flip left to right (H)</source>
        <translation>左右反転 (H)</translation>
    </message>
    <message>
        <source>Flip upside down (V)</source>
        <translation>上下反転 (V)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Show the image full screen</source>
        <translation>画像を全画面で表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the image to the clipboard</source>
        <translation>画像をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the image to a file</source>
        <translation>画像をファイルに保存</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>前の画像</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>次の画像</translation>
    </message>
    <message>
        <source>Sharp pixels when enlarged</source>
        <translation>拡大時はピクセルをくっきり表示</translation>
    </message>
    <message>
        <source>Show pixels as squares when zoomed in far</source>
        <translation>大きく拡大したときにピクセルを正方形で表示</translation>
    </message>
    <message>
        <source>Overview when zoomed in</source>
        <translation>拡大時に全体図を表示</translation>
    </message>
    <message>
        <source>Show a small map of the whole image</source>
        <translation>画像全体の小さな地図を表示</translation>
    </message>
    <message>
        <source>Show images without a file</source>
        <translation>ファイルのない画像も表示</translation>
    </message>
    <message>
        <source>Also list images the data describes but has no file for (for curators)</source>
        <translation>データに記述はあるがファイルのない画像も一覧に含める（キュレーター向け）</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>スライドショー</translation>
    </message>
    <message>
        <source>Go through the mission&apos;s images one by one</source>
        <translation>ミッションの画像を順番に表示</translation>
    </message>
    <message>
        <source>Backdrop behind transparent parts: {backdrop}</source>
        <translation>透明部分の背景: {backdrop}</translation>
    </message>
    <message>
        <source>Image tools</source>
        <translation>画像ツール</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Backdrop</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Backdrop behind transparent parts</source>
        <translation>透明部分の背景</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>表示オプション</translation>
    </message>
    <message>
        <source>More image tools</source>
        <translation>その他の画像ツール</translation>
    </message>
    <message>
        <source>Image credits</source>
        <translation>画像のクレジット</translation>
    </message>
    <message>
        <source>Image title</source>
        <translation>画像のタイトル</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>出典のアドレス</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>クレジット:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Save image as</source>
        <translation>画像に名前を付けて保存</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Images of the mission</source>
        <translation>ミッションの画像</translation>
    </message>
    <message>
        <source>Choose an image to view; Page Up and Page Down step through them</source>
        <translation>表示する画像を選択します。Page Up と Page Down で順に切り替えます</translation>
    </message>
    <message>
        <source>No images</source>
        <translation>画像がありません</translation>
    </message>
    <message>
        <source>{name} has no flight in the data, so there is no mission patch to show.</source>
        <translation>{name} の飛行はデータにないため、表示するミッションパッチがありません。</translation>
    </message>
    <message>
        <source>Images belong to missions: choose a mission to see its patch and pictures.</source>
        <translation>画像はミッションごとにあります。ミッションを選ぶと、そのパッチと写真が表示されます。</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a mission in the data.</source>
        <translation>「{id}」はデータ内のミッションではありません。</translation>
    </message>
    <message>
        <source>There is no image to copy.</source>
        <translation>コピーする画像がありません。</translation>
    </message>
    <message>
        <source>Copied {width} × {height} pixels to the clipboard.</source>
        <translation>{width} × {height} ピクセルをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>拡張子なし</translation>
    </message>
    <message>
        <source>Cannot save as &apos;{suffix}&apos;: choose .png, .jpg, .bmp, .webp or .svg.</source>
        <translation>「{suffix}」では保存できません。.png、.jpg、.bmp、.webp、.svg のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Cannot save as &apos;{suffix}&apos;: choose .png, .jpg, .bmp or .webp.</source>
        <translation>「{suffix}」では保存できません。.png、.jpg、.bmp、.webp のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} に書き込めません: {error}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} を保存しました。</translation>
    </message>
    <message>
        <source>Emblem</source>
        <translation>エンブレム</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <comment>a thumbnail&apos;s accessible name</comment>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>この画像は表示できません</translation>
    </message>
    <message>
        <source>The data describes “{title}” but no image file is bundled. It can be seen at {source}.</source>
        <translation>データには「{title}」の記載がありますが、画像ファイルは同梱されていません。{source} で見ることができます。</translation>
    </message>
    <message>
        <source>The data describes “{title}” but no image file is bundled.</source>
        <translation>データには「{title}」の記載がありますが、画像ファイルは同梱されていません。</translation>
    </message>
    <message>
        <source>No file for this image</source>
        <translation>この画像のファイルがありません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none: drawn by this app from the mission&apos;s data file</source>
        <translation>なし: ミッションのデータファイルからこのアプリが描画</translation>
    </message>
    <message>
        <source>SVG drawing generated from the data, {width} × {height}; sharp at any zoom</source>
        <translation>データから生成したSVG図、{width} × {height}。どの倍率でも鮮明</translation>
    </message>
    <message>
        <source>not bundled</source>
        <translation>同梱なし</translation>
    </message>
    <message>
        <source>{file} — {format}, {width} × {height}</source>
        <translation>{file} — {format}、{width} × {height}</translation>
    </message>
    <message>
        <source>{details}, {size}</source>
        <comment>file details, then the file&apos;s size</comment>
        <translation>{details}、{size}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <comment>file size</comment>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} %</source>
        <comment>zoom level</comment>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{kind}
no file</source>
        <comment>thumbnail of an image without a file</comment>
        <translation>{kind}
ファイルなし</translation>
    </message>
    <message>
        <source>There is no image to save.</source>
        <translation>保存する画像がありません。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG画像 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP画像 (*.webp)</translation>
    </message>
    <message>
        <source>BMP image (*.bmp)</source>
        <translation>BMP画像 (*.bmp)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG図 (*.svg)</translation>
    </message>
    <message>
        <source>Save Image As</source>
        <translation>画像に名前を付けて保存</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Match theme</source>
        <translation>テーマに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>明るい</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>暗い</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>市松模様</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG画像</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG画像</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF画像</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP画像</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>BMP画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG図</translation>
    </message>
    <message>
        <source>The SVG drawing could not be read (QtSvg found it invalid).</source>
        <translation>SVG図を読み込めませんでした（QtSvg が無効と判断しました）。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>The {format} could not be decoded: {error}. The file may be corrupt.</source>
        <translation>{format}をデコードできませんでした: {error}。ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The image could not be decoded: {error}</source>
        <translation>画像をデコードできませんでした: {error}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Wheel or Ctrl+plus/minus to zoom, drag or arrow keys to pan, Ctrl+0 to fit</source>
        <translation>ホイールまたは Ctrl+プラス/マイナスで拡大・縮小、ドラッグまたは矢印キーで移動、Ctrl+0 で全体表示</translation>
    </message>
    <message>
        <source>Cannot show this drawing</source>
        <translation>この図は表示できません</translation>
    </message>
    <message>
        <source>The SVG drawing could not be read.</source>
        <translation>SVG図を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>この画像は表示できません</translation>
    </message>
    <message>
        <source>{name}, {width} × {height} pixels</source>
        <translation>{name}、{width} × {height} ピクセル</translation>
    </message>
    <message>
        <source>Opening image…</source>
        <translation>画像を開いています…</translation>
    </message>
    <message>
        <source>Opening image</source>
        <translation>画像を開いています</translation>
    </message>
    <message>
        <source>{title}. {detail}</source>
        <comment>accessible description of a message in the viewer</comment>
        <translation>{title}。{detail}</translation>
    </message>
    <message>
        <source>{width} × {height} image. Wheel or Ctrl+plus/minus to zoom, drag or arrow keys to pan, Ctrl+0 to fit</source>
        <translation>{width} × {height} の画像。ホイールまたは Ctrl+プラス/マイナスで拡大・縮小、ドラッグまたは矢印キーで移動、Ctrl+0 で全体表示</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views of the selected item</source>
        <translation>選択した項目の表示</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Who Was Aboard</source>
        <translation>搭乗者</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>データの問題</translation>
    </message>
    <message>
        <source>Show data problems</source>
        <translation>データの問題を表示</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder…</source>
        <translation>データフォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Load another data folder on top</source>
        <translation>別のデータフォルダーを重ねて読み込む</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>データを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the data files again</source>
        <translation>データファイルを読み直す</translation>
    </message>
    <message>
        <source>&amp;Export Fact Sheet as PDF…</source>
        <translation>ファクトシートをPDFに書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the page shown, with its pictures, as a PDF</source>
        <translation>表示中のページを画像付きでPDFとして保存</translation>
    </message>
    <message>
        <source>&amp;Print Fact Sheet…</source>
        <translation>ファクトシートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Copy Page as &amp;Text</source>
        <translation>ページをテキストとしてコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the page shown as plain text</source>
        <translation>表示中のページをプレーンテキストとしてコピー</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Mission</source>
        <translation>前のミッション(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Mission</source>
        <translation>次のミッション(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>ツリーを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Type to filter the tree</source>
        <translation>入力してツリーを絞り込む</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>すべてを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Find missions, people, expeditions and events</source>
        <translation>ミッション、人物、長期滞在、出来事を検索</translation>
    </message>
    <message>
        <source>Data &amp;Problems</source>
        <translation>データの問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} について(&amp;A)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%n mission</source>
        <translation>
            <numerusform>%n 件のミッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n 件のミッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ {count} data problems</source>
        <translation>⚠ データの問題 {count} 件</translation>
    </message>
    <message>
        <source>{count} data warnings</source>
        <translation>データの警告 {count} 件</translation>
    </message>
    <message>
        <source>, {count} files skipped</source>
        <translation>、{count} 個のファイルをスキップ</translation>
    </message>
    <message>
        <source>Show which files were skipped and why</source>
        <translation>スキップしたファイルとその理由を表示</translation>
    </message>
    <message>
        <source>Data reloaded</source>
        <translation>データを再読み込みしました</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not in the data</source>
        <translation>「{id}」はデータにありません</translation>
    </message>
    <message>
        <source>No mission with the id &apos;{id}&apos; in the data</source>
        <translation>ID「{id}」のミッションはデータにありません</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>&lt;p&gt;Explore crewed Soyuz spaceflights from a bundled data set in which every fact cites its source.&lt;/p&gt;&lt;p&gt;Code: MIT licence. Data: compiled from the cited sources; text from the Wikipedia article on Soyuz MS-07 is used under CC BY-SA 4.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;すべての事実に出典を示した同梱データで、ソユーズの有人宇宙飛行を探索できます。&lt;/p&gt;&lt;p&gt;コード: MIT ライセンス。データ: 記載の出典から編集。ウィキペディアの記事「ソユーズMS-07」の文章は CC BY-SA 4.0 の下で使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt {qt} and PySide6 {pyside}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt {qt} と PySide6 {pyside} で構築。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Fact Sheet</source>
        <translation>ファクトシートの書き出し</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file} に書き込めませんでした: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n page)</source>
        <translation>
            <numerusform>{file} を保存しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} (%n pages)</source>
        <translation>
            <numerusform>{file} を保存しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Page copied as text</source>
        <translation>ページをテキストとしてコピーしました</translation>
    </message>
</context>
<context>
    <name>MissionTree</name>
    <message>
        <source>Filter missions, people, events…</source>
        <translation>ミッション・人物・イベントを絞り込み…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>絞り込みを消去</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Show only tree rows whose text contains every typed word</source>
        <translation>入力したすべての語を含む行だけを表示</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Programmes, missions, crews, dockings, events and references</source>
        <translation>計画、ミッション、クルー、ドッキング、イベント、出典</translation>
    </message>
    <message>
        <source>Group missions by</source>
        <translation>ミッションのグループ化</translation>
    </message>
    <message>
        <source>Group missions by programme, spacecraft generation, station, decade, launch year or expedition</source>
        <translation>ミッションをプログラム・宇宙船の世代・ステーション・年代・打ち上げ年・長期滞在でまとめる</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>計画別</translation>
    </message>
    <message>
        <source>By spacecraft generation</source>
        <translation>宇宙船の世代別</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>ステーション別</translation>
    </message>
    <message>
        <source>By decade</source>
        <translation>年代別</translation>
    </message>
    <message>
        <source>By launch year</source>
        <translation>打ち上げ年別</translation>
    </message>
    <message>
        <source>By expedition</source>
        <translation>長期滞在別</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>No matches for “{text}”</source>
        <translation>「{text}」に一致する項目はありません</translation>
    </message>
</context>
<context>
    <name>MissionTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>No station visited</source>
        <translation>ステーション訪問なし</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <comment>a decade, e.g. 1970s</comment>
        <translation>{decade}年代</translation>
    </message>
    <message>
        <source>Launch year unknown</source>
        <translation>打ち上げ年不明</translation>
    </message>
    <message>
        <source>No expedition in the data</source>
        <translation>長期滞在のデータなし</translation>
    </message>
    <message>
        <source>Other missions</source>
        <translation>その他のミッション</translation>
    </message>
    <message>
        <source>mission</source>
        <comment>tooltip of a mission without a type</comment>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>launch date unknown</source>
        <translation>打ち上げ日不明</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>クルー</translation>
    </message>
    <message>
        <source>Backup crew</source>
        <translation>バックアップクルー</translation>
    </message>
    <message>
        <source>Dockings</source>
        <translation>ドッキング</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>Docked at {station}</source>
        <translation>{station}にドッキング</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>References</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>unknown reference</source>
        <translation>不明な出典</translation>
    </message>
    <message>
        <source>{id} (unknown)</source>
        <translation>{id}（不明）</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>役職不明</translation>
    </message>
    <message numerus="yes">
        <source>%n mission</source>
        <translation>
            <numerusform>%n件のミッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missions</source>
        <translation>
            <numerusform>%n件のミッション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ship</source>
        <translation>
            <numerusform>%n機の宇宙船</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ships</source>
        <translation>
            <numerusform>%n機の宇宙船</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n docking</source>
        <translation>
            <numerusform>%n回のドッキング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dockings</source>
        <translation>
            <numerusform>%n回のドッキング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event</source>
        <translation>
            <numerusform>%n件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source</source>
        <translation>
            <numerusform>%n件の出典</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n件の出典</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionType</name>
    <message>
        <source>Apollo–Soyuz Test Project</source>
        <translation>アポロ・ソユーズテスト計画</translation>
    </message>
    <message>
        <source>Astronomy</source>
        <translation>天文観測</translation>
    </message>
    <message>
        <source>Cargo delivery to the ISS</source>
        <translation>ISSへの物資輸送</translation>
    </message>
    <message>
        <source>Crewed mission to ISS</source>
        <translation>ISSへの有人飛行</translation>
    </message>
    <message>
        <source>Crewed mission to ISS, Space tourism</source>
        <translation>ISSへの有人飛行・宇宙旅行</translation>
    </message>
    <message>
        <source>Crewed mission to Salyut 6</source>
        <translation>サリュート6号への有人飛行</translation>
    </message>
    <message>
        <source>Crewed test flight to Salyut 6</source>
        <translation>サリュート6号への有人試験飛行</translation>
    </message>
    <message>
        <source>Dock with Salyut 1</source>
        <translation>サリュート1号とのドッキング</translation>
    </message>
    <message>
        <source>Docking with Salyut 3</source>
        <translation>サリュート3号とのドッキング</translation>
    </message>
    <message>
        <source>Docking with Salyut 4</source>
        <translation>サリュート4号とのドッキング</translation>
    </message>
    <message>
        <source>Docking with Salyut 5</source>
        <translation>サリュート5号とのドッキング</translation>
    </message>
    <message>
        <source>Earth science mission</source>
        <translation>地球観測</translation>
    </message>
    <message>
        <source>First Mir crew and last Salyut 7 crew</source>
        <translation>ミール最初の搭乗員・サリュート7号最後の搭乗員</translation>
    </message>
    <message>
        <source>Flight test</source>
        <translation>飛行試験</translation>
    </message>
    <message>
        <source>ISS assembly</source>
        <translation>ISS組み立て</translation>
    </message>
    <message>
        <source>ISS crew rotation</source>
        <translation>ISS搭乗員の交代</translation>
    </message>
    <message>
        <source>ISS crew transport</source>
        <translation>ISS搭乗員の輸送</translation>
    </message>
    <message>
        <source>ISS crew transport (Soyuz exchange)</source>
        <translation>ISS搭乗員の輸送（ソユーズ交換）</translation>
    </message>
    <message>
        <source>ISS crew transport (planned)</source>
        <translation>ISS搭乗員の輸送（予定）</translation>
    </message>
    <message>
        <source>ISS logistics</source>
        <translation>ISS兵站支援</translation>
    </message>
    <message>
        <source>ISS resupply</source>
        <translation>ISSへの補給</translation>
    </message>
    <message>
        <source>Interkosmos visit to Salyut 6</source>
        <translation>インターコスモス計画によるサリュート6号訪問</translation>
    </message>
    <message>
        <source>Interkosmos visit to Salyut 6 (docking failed)</source>
        <translation>インターコスモス計画によるサリュート6号訪問（ドッキング失敗）</translation>
    </message>
    <message>
        <source>Interkosmos visit to Salyut 6 and ship exchange</source>
        <translation>インターコスモス計画によるサリュート6号訪問と宇宙船の交換</translation>
    </message>
    <message>
        <source>Mir crew transport</source>
        <translation>ミール搭乗員の輸送</translation>
    </message>
    <message>
        <source>Mir crew transport; test of the APAS-89 docking system</source>
        <translation>ミール搭乗員の輸送、APAS-89ドッキング機構の試験</translation>
    </message>
    <message>
        <source>Mir visiting crew and lifeboat exchange</source>
        <translation>ミール訪問クルーと救命船の交換</translation>
    </message>
    <message>
        <source>Orbital test flight</source>
        <translation>軌道上の試験飛行</translation>
    </message>
    <message>
        <source>Private spaceflight to the ISS</source>
        <translation>ISSへの民間宇宙飛行</translation>
    </message>
    <message>
        <source>Return to Flight, ISS logistics</source>
        <translation>飛行再開・ISS兵站支援</translation>
    </message>
    <message>
        <source>Salyut 1 crew</source>
        <translation>サリュート1号の搭乗員</translation>
    </message>
    <message>
        <source>Salyut 6 expedition</source>
        <translation>サリュート6号の長期滞在</translation>
    </message>
    <message>
        <source>Salyut 6 expedition (docking failed)</source>
        <translation>サリュート6号の長期滞在（ドッキング失敗）</translation>
    </message>
    <message>
        <source>Salyut 6 repair expedition and Soyuz T test</source>
        <translation>サリュート6号の修理とソユーズTの試験</translation>
    </message>
    <message>
        <source>Salyut 7 crew transport</source>
        <translation>サリュート7号搭乗員の輸送</translation>
    </message>
    <message>
        <source>Salyut 7 crew transport (planned)</source>
        <translation>サリュート7号搭乗員の輸送（予定）</translation>
    </message>
    <message>
        <source>Salyut 7 rescue and repair</source>
        <translation>サリュート7号の救出と修理</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew</source>
        <translation>サリュート7号の訪問クルー</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew (Soviet-French flight)</source>
        <translation>サリュート7号の訪問クルー（ソ連・フランス共同飛行）</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew (Soviet-Indian flight) and replacement ship</source>
        <translation>サリュート7号の訪問クルー（ソ連・インド共同飛行）と交換用宇宙船</translation>
    </message>
    <message>
        <source>Salyut 7 visiting crew and replacement ship</source>
        <translation>サリュート7号の訪問クルーと交換用宇宙船</translation>
    </message>
    <message>
        <source>Test flight</source>
        <translation>試験飛行</translation>
    </message>
    <message>
        <source>Uncrewed replacement return ship for Salyut 6</source>
        <translation>サリュート6号への無人の交換用帰還船</translation>
    </message>
    <message>
        <source>Uncrewed spacecraft replacement mission to ISS</source>
        <translation>ISSへの無人の交換用宇宙船</translation>
    </message>
    <message>
        <source>Uncrewed test flight</source>
        <translation>無人試験飛行</translation>
    </message>
</context>
<context>
    <name>Ordinals</name>
    <message>
        <source>First</source>
        <translation>1回目</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>2回目</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>3回目</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>4回目</translation>
    </message>
    <message>
        <source>Fifth</source>
        <translation>5回目</translation>
    </message>
    <message>
        <source>Sixth</source>
        <translation>6回目</translation>
    </message>
    <message>
        <source>Seventh</source>
        <translation>7回目</translation>
    </message>
    <message>
        <source>Eighth</source>
        <translation>8回目</translation>
    </message>
    <message>
        <source>Ninth</source>
        <translation>9回目</translation>
    </message>
    <message>
        <source>Tenth</source>
        <translation>10回目</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}回目</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}回目</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}回目</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}回目</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Launch abort</source>
        <translation>打ち上げ中止</translation>
    </message>
    <message>
        <source>Docking failed</source>
        <translation>ドッキング失敗</translation>
    </message>
    <message>
        <source>Crew lost</source>
        <translation>乗員死亡</translation>
    </message>
    <message>
        <source>Ballistic re-entry</source>
        <translation>弾道降下</translation>
    </message>
    <message>
        <source>Off-target landing</source>
        <translation>予定外の地点に着陸</translation>
    </message>
    <message>
        <source>Uncrewed</source>
        <translation>無人</translation>
    </message>
    <message>
        <source>Landed without crew</source>
        <translation>無人で帰還</translation>
    </message>
    <message>
        <source>Early return</source>
        <translation>早期帰還</translation>
    </message>
    <message>
        <source>Did not go to plan</source>
        <translation>計画どおりでなかった</translation>
    </message>
</context>
<context>
    <name>PageLinks</name>
    <message>
        <source>Source {number}</source>
        <translation>出典 {number}</translation>
    </message>
    <message>
        <source>Links on this page</source>
        <translation>このページのリンク</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>Commander</source>
        <translation>コマンダー</translation>
    </message>
    <message>
        <source>Flight Engineer</source>
        <translation>フライトエンジニア</translation>
    </message>
    <message>
        <source>Spaceflight participant</source>
        <translation>宇宙飛行参加者</translation>
    </message>
    <message>
        <source>Landing crew member</source>
        <translation>帰還クルー</translation>
    </message>
    <message>
        <source>{position} {number}</source>
        <comment>e.g. Flight Engineer 2</comment>
        <translation>{position}{number}</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>⚠ {errors} data errors, {warnings} warnings</source>
        <translation>⚠ データのエラー {errors} 件、警告 {warnings} 件</translation>
    </message>
    <message>
        <source>⚠ {errors} data errors</source>
        <translation>⚠ データのエラー {errors} 件</translation>
    </message>
    <message>
        <source>{warnings} data warnings</source>
        <translation>データの警告 {warnings} 件</translation>
    </message>
    <message>
        <source>, {count} files skipped</source>
        <translation>、読み飛ばしたファイル {count} 件</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>データの問題</translation>
    </message>
    <message>
        <source>Files that were skipped or have problems, with line and field</source>
        <translation>読み込まなかったファイルや問題のあるファイル（行と項目つき）</translation>
    </message>
    <message>
        <source>No problems: every data file loaded cleanly.</source>
        <translation>問題はありません。すべてのデータファイルを正常に読み込みました。</translation>
    </message>
    <message>
        <source>{errors} data errors and {warnings} warnings; {skipped} files were skipped. Everything else is shown. Run &apos;{command}&apos; for the same list in a terminal.</source>
        <translation>データのエラー {errors} 件、警告 {warnings} 件。読み飛ばしたファイルは {skipped} 件です。それ以外はすべて表示しています。同じ一覧は端末で「{command}」を実行すると得られます。</translation>
    </message>
    <message>
        <source>skipped</source>
        <comment>a data file that was not loaded</comment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Expedition</source>
        <translation>長期滞在</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>宇宙機関</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>すべてを検索</translation>
    </message>
    <message>
        <source>Search missions, people, expeditions, events…</source>
        <translation>ミッション、人物、長期滞在、イベントを検索…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ で選択 · Enter で開く · Esc で閉じる</translation>
    </message>
</context>
<context>
    <name>TimelineBase</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Use left and right arrows to move between items, plus and minus to zoom</source>
        <translation>左右の矢印キーで項目間を移動、プラスとマイナスで拡大・縮小</translation>
    </message>
    <message>
        <source>Programme by spacecraft</source>
        <translation>宇宙船別の計画</translation>
    </message>
    <message>
        <source>Programme by station and port</source>
        <translation>ステーション・ポート別のプログラム</translation>
    </message>
    <message>
        <source>Timeline: {title}</source>
        <translation>タイムライン: {title}</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>{app} timeline</source>
        <comment>an exported timeline&apos;s description</comment>
        <translation>{app}のタイムライン</translation>
    </message>
</context>
<context>
    <name>TimelineLabels</name>
    <message>
        <source>{decade}s</source>
        <comment>a decade on the timeline axis, e.g. 2010s</comment>
        <translation>{decade}年代</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>QDateTime format of a minute in timeline tooltips</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QDateTime format of a day with its weekday on the timeline axis</comment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>QDateTime format of a day and time on the timeline axis</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QDateTime format of a day in timeline tooltips</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDateTime format of a day without its year on the timeline axis</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <comment>a short month name and a year, e.g. Dec 2017</comment>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>Flight phases</source>
        <translation>飛行段階</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>{series}, row {row}</source>
        <comment>a further row of one spacecraft series on the timeline</comment>
        <translation>{series}（{row}段目）</translation>
    </message>
    <message>
        <source>Exp. {number}</source>
        <comment>short name of an expedition</comment>
        <translation>第{number}次</translation>
    </message>
    <message>
        <source>{title}, {time}</source>
        <comment>a timeline item and when it happened</comment>
        <translation>{title}、{time}</translation>
    </message>
    <message>
        <source>{start} to now</source>
        <translation>{start}～現在</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}時間</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>QDateTime format of a year in timeline tooltips</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm:ss</source>
        <comment>QDateTime format of a second in timeline tooltips</comment>
        <translation>yyyy年M月d日 HH:mm:ss</translation>
    </message>
    <message>
        <source>Docked at {port}</source>
        <translation>ドッキング中: {port}</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>ポート移動</translation>
    </message>
    <message>
        <source>To the station</source>
        <translation>ステーションへ</translation>
    </message>
    <message>
        <source>Return</source>
        <comment>flight back to Earth</comment>
        <translation>帰還</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>飛行</translation>
    </message>
    <message>
        <source>{ship} at {port}</source>
        <translation>{ship}（{port}）</translation>
    </message>
    <message>
        <source>{name} · still in space</source>
        <translation>{name} · 宇宙に滞在中</translation>
    </message>
    <message>
        <source>{name} · {duration}</source>
        <translation>{name} · {duration}</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>打ち上げ</translation>
    </message>
    <message>
        <source>Docking</source>
        <translation>ドッキング</translation>
    </message>
    <message>
        <source>Undocking</source>
        <translation>ドッキング解除</translation>
    </message>
    <message>
        <source>Landing</source>
        <translation>着陸</translation>
    </message>
    <message>
        <source>Spacewalk</source>
        <translation>船外活動</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>アボート</translation>
    </message>
    <message>
        <source>Crew change</source>
        <translation>クルー交代</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>{count} items — zoom in to separate them</source>
        <translation>{count}件 — 拡大すると個別に表示されます</translation>
    </message>
</context>
<context>
    <name>TimelinePainting</name>
    <message>
        <source>Nothing to show on the timeline</source>
        <translation>タイムラインに表示するものがありません</translation>
    </message>
    <message>
        <source>Expeditions</source>
        <translation>長期滞在</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>現地時間</translation>
    </message>
    <message>
        <source>Mission elapsed</source>
        <translation>経過時間</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Zoom out (−)</source>
        <translation>縮小 (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the mission or programme in view (0)</source>
        <translation>ミッションまたは計画の全体を表示 (0)</translation>
    </message>
    <message>
        <source>Timeline view</source>
        <translation>タイムラインの表示</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Programme by spacecraft</source>
        <translation>宇宙船別の計画</translation>
    </message>
    <message>
        <source>Programme by station and port</source>
        <translation>ステーション・ポート別のプログラム</translation>
    </message>
    <message>
        <source>Time shown as</source>
        <translation>時刻の表示</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>現地時間</translation>
    </message>
    <message>
        <source>Mission elapsed time</source>
        <translation>ミッション経過時間</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時刻(&amp;T):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export the timeline as PNG or SVG</source>
        <translation>タイムラインをPNGまたはSVGで書き出す</translation>
    </message>
    <message>
        <source>Visible range as PNG…</source>
        <translation>表示範囲をPNGで…</translation>
    </message>
    <message>
        <source>Visible range as SVG…</source>
        <translation>表示範囲をSVGで…</translation>
    </message>
    <message>
        <source>Full range as PNG…</source>
        <translation>全範囲をPNGで…</translation>
    </message>
    <message>
        <source>Full range as SVG…</source>
        <translation>全範囲をSVGで…</translation>
    </message>
    <message>
        <source>Colours of the spacecraft generations</source>
        <translation>宇宙船の世代ごとの色</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG図 (*.svg)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>タイムラインの書き出し</translation>
    </message>
</context>
<context>
    <name>_FullScreenHost</name>
    <message>
        <source>Full-screen image</source>
        <translation>全画面の画像</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
</context>
</TS>
