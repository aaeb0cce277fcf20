<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ActivityLog</name>
        <message>
            <source>Activity log</source>
            <translation>Aktivitätsprotokoll</translation>
        </message>
        <message>
            <source>Decisions, newest last</source>
            <translation>Entscheidungen, neueste zuletzt</translation>
        </message>
        <message>
            <source>Every decision kept in the hash-chained ledger: when, and what was decided</source>
            <translation>Jede Entscheidung im verketteten Protokoll: wann, und was entschieden wurde</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Ledger integrity</source>
            <translation>Unversehrtheit des Protokolls</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>⚠ The log has been tampered with at entry %1: %2. Entries from there on cannot be trusted.</source>
            <translation>⚠ Das Protokoll wurde bei Eintrag %1 manipuliert: %2. Einträgen ab dort kann nicht vertraut werden.</translation>
        </message>
        <message numerus="yes">
            <source>✔ The log is intact: %n entries, each linked to the one before.</source>
            <translation>
                <numerusform>✔ Das Protokoll ist unversehrt: %n Eintrag, mit dem vorigen verknüpft.</numerusform>
                <numerusform>✔ Das Protokoll ist unversehrt: %n Einträge, jeder mit dem vorigen verknüpft.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%1/%n segment(s)</source>
            <translation>
                <numerusform>%1/%n Abschnitt</numerusform>
                <numerusform>%1/%n Abschnitten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approved segment(s) were sealed and sent. See “What left my computer…”.</source>
            <translation>
                <numerusform>%n genehmigter Abschnitt wurde versiegelt und gesendet. Siehe „Was meinen Computer verlassen hat…“.</numerusform>
                <numerusform>%n genehmigte Abschnitte wurden versiegelt und gesendet. Siehe „Was meinen Computer verlassen hat…“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s)</source>
            <translation>
                <numerusform>%n Paket</numerusform>
                <numerusform>%n Paketen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n Tastenanschlag</numerusform>
                <numerusform>%n Tastenanschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look before the next release.</source>
            <translation>
                <numerusform>%n Stelle sollte vor der nächsten Freigabe angesehen werden.</numerusform>
                <numerusform>%n Stellen sollten vor der nächsten Freigabe angesehen werden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) wait for review.</source>
            <translation>
                <numerusform>%n Abschnitt wartet auf Ihre Prüfung.</numerusform>
                <numerusform>%n Abschnitte warten auf Ihre Prüfung.</numerusform>
            </translation>
        </message>
        <message>
            <source>(Airlock %1, pid %2)</source>
            <translation>(Airlock %1, PID %2)</translation>
        </message>
        <message>
            <source>(the earlier policy is not available to compare)</source>
            <translation>(die frühere Richtlinie steht zum Vergleich nicht zur Verfügung)</translation>
        </message>
        <message>
            <source>Airlock is not running. The vault cannot be read: %1</source>
            <translation>Airlock läuft nicht. Der Tresor kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Airlock is not running; the pause applies when it starts.</source>
            <translation>Airlock läuft nicht; die Pause gilt, sobald es startet.</translation>
        </message>
        <message numerus="yes">
            <source>Approved %1 of %n segment(s) (flagged and already approved or released ones are left as they are).</source>
            <translation>
                <numerusform>%1 von %n Abschnitt genehmigt (markierte und bereits genehmigte oder freigegebene bleiben, wie sie sind).</numerusform>
                <numerusform>%1 von %n Abschnitten genehmigt (markierte und bereits genehmigte oder freigegebene bleiben, wie sie sind).</numerusform>
            </translation>
        </message>
        <message>
            <source>Declined and recorded: nothing will be recorded. You can reconsider at any time with `airlock consent --accept`.</source>
            <translation>Abgelehnt und vermerkt: Es wird nichts aufgezeichnet. Sie können es sich jederzeit mit `airlock consent --accept` anders überlegen.</translation>
        </message>
        <message>
            <source>Deleted the last %1: %2. This cannot be undone.</source>
            <translation>Die letzten %1 gelöscht: %2. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Deleting the last %1 would remove %2.</source>
            <translation>Das Löschen der letzten %1 würde %2 entfernen.</translation>
        </message>
        <message>
            <source>Discarded bundle %1 before it completed: its segments changed or may no longer leave.</source>
            <translation>Paket %1 vor dem Abschluss verworfen: Seine Abschnitte haben sich geändert oder dürfen nicht mehr gehen.</translation>
        </message>
        <message>
            <source>Exported %1, %2 and %3 to %4</source>
            <translation>%1, %2 und %3 nach %4 exportiert</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s) of the last %1 as sensitive (%2): they will never leave this computer.</source>
            <translation>
                <numerusform>%n Abschnitt der letzten %1 als vertraulich markiert (%2): Er wird diesen Computer nie verlassen.</numerusform>
                <numerusform>%n Abschnitte der letzten %1 als vertraulich markiert (%2): Sie werden diesen Computer nie verlassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Held back: %1.</source>
            <translation>Zurückgehalten: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Ledger BROKEN at entry %1: %2. (%n entries before it are intact.)</source>
            <translation>
                <numerusform>Protokoll BESCHÄDIGT bei Eintrag %1: %2. (%n Eintrag davor ist unversehrt.)</numerusform>
                <numerusform>Protokoll BESCHÄDIGT bei Eintrag %1: %2. (%n Einträge davor sind unversehrt.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ledger intact: %n entries, every link checked.</source>
            <translation>
                <numerusform>Protokoll unversehrt: %n Eintrag, jede Verknüpfung geprüft.</numerusform>
                <numerusform>Protokoll unversehrt: %n Einträge, jede Verknüpfung geprüft.</numerusform>
            </translation>
        </message>
        <message>
            <source>No segments in the last %1.</source>
            <translation>Keine Abschnitte in den letzten %1.</translation>
        </message>
        <message numerus="yes">
            <source>Not reading screenshots on battery power: %n segment(s) not read yet (`airlock scan` reads them now).</source>
            <translation>
                <numerusform>Im Akkubetrieb werden keine Bildschirmfotos gelesen: %n Abschnitt noch nicht gelesen (`airlock scan` liest ihn jetzt).</numerusform>
                <numerusform>Im Akkubetrieb werden keine Bildschirmfotos gelesen: %n Abschnitte noch nicht gelesen (`airlock scan` liest sie jetzt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Not sending now: %1.</source>
            <translation>Jetzt nicht gesendet: %1.</translation>
        </message>
        <message>
            <source>Nothing is recorded</source>
            <translation>Es wird nichts aufgezeichnet</translation>
        </message>
        <message>
            <source>Nothing matches %1.</source>
            <translation>Nichts passt zu %1.</translation>
        </message>
        <message>
            <source>Nothing to send.</source>
            <translation>Nichts zu senden.</translation>
        </message>
        <message>
            <source>Nothing was captured in the last %1: nothing to flag.</source>
            <translation>In den letzten %1 wurde nichts aufgezeichnet: nichts zu markieren.</translation>
        </message>
        <message>
            <source>Nothing would leave now.</source>
            <translation>Jetzt würde nichts gehen.</translation>
        </message>
        <message>
            <source>Open %1 to read it.</source>
            <translation>Öffnen Sie %1, um es zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>Reading the screenshots of %n segment(s) before they may leave…</source>
            <translation>
                <numerusform>Die Bildschirmfotos von %n Abschnitt werden gelesen, bevor er gehen darf…</numerusform>
                <numerusform>Die Bildschirmfotos von %n Abschnitten werden gelesen, bevor sie gehen dürfen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed %1 and Airlock's keys for it from the keyring.</source>
            <translation>%1 und die zugehörigen Schlüssel von Airlock aus dem Schlüsselbund entfernt.</translation>
        </message>
        <message>
            <source>Reviewed data left this computer</source>
            <translation>Geprüfte Daten haben diesen Computer verlassen</translation>
        </message>
        <message>
            <source>Run again with --yes to confirm.</source>
            <translation>Führen Sie den Befehl zur Bestätigung mit --yes erneut aus.</translation>
        </message>
        <message>
            <source>Screenshots are not read for sensitive moments here (%1): segments leave without suggestions.</source>
            <translation>Bildschirmfotos werden hier nicht auf vertrauliche Stellen gelesen (%1): Abschnitte gehen ohne Hinweise.</translation>
        </message>
        <message>
            <source>Sent bundle %1: %2, %3 bytes → %4</source>
            <translation>Paket %1 gesendet: %2, %3 Bytes → %4</translation>
        </message>
        <message>
            <source>Thank you. Your consent is recorded; recording may start. You can pause at any time.</source>
            <translation>Danke. Ihre Einwilligung ist vermerkt; die Aufzeichnung darf beginnen. Sie können jederzeit pausieren.</translation>
        </message>
        <message>
            <source>The policy changed since you last answered: nothing is recorded until you agree again.</source>
            <translation>Die Richtlinie hat sich seit Ihrer letzten Antwort geändert: Es wird nichts aufgezeichnet, bis Sie erneut zustimmen.</translation>
        </message>
        <message>
            <source>This deletes everything Airlock holds for you, for good.</source>
            <translation>Dies löscht endgültig alles, was Airlock für Sie speichert.</translation>
        </message>
        <message>
            <source>To agree, run `airlock consent --accept`; to decline, `airlock consent --decline`.</source>
            <translation>Zum Zustimmen führen Sie `airlock consent --accept` aus, zum Ablehnen `airlock consent --decline`.</translation>
        </message>
        <message>
            <source>Vault: %1 (%2).</source>
            <translation>Tresor: %1 (%2).</translation>
        </message>
        <message>
            <source>What changed since you last answered:</source>
            <translation>Was sich seit Ihrer letzten Antwort geändert hat:</translation>
        </message>
        <message numerus="yes">
            <source>Would send %1 in %2 to %3, sealed to %n recipient(s):</source>
            <translation>
                <numerusform>Würde %1 in %2 an %3 senden, versiegelt für %n Empfänger:</numerusform>
                <numerusform>Würde %1 in %2 an %3 senden, versiegelt für %n Empfänger:</numerusform>
            </translation>
        </message>
        <message>
            <source>You agreed to this policy: recording may run.</source>
            <translation>Sie haben dieser Richtlinie zugestimmt: Die Aufzeichnung darf laufen.</translation>
        </message>
        <message>
            <source>You declined this policy: nothing is recorded.</source>
            <translation>Sie haben diese Richtlinie abgelehnt: Es wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>You have not answered yet: nothing is recorded until you agree.</source>
            <translation>Sie haben noch nicht geantwortet: Es wird nichts aufgezeichnet, bis Sie zustimmen.</translation>
        </message>
        <message>
            <source>`airlock scan` reads them now; `airlock release` reads them first on mains power.</source>
            <translation>`airlock scan` liest sie jetzt; `airlock release` liest sie am Stromnetz zuerst.</translation>
        </message>
        <message>
            <source>applying your new settings</source>
            <translation>Ihre neuen Einstellungen werden übernommen</translation>
        </message>
        <message>
            <source>bundle %1: %2</source>
            <translation>Paket %1: %2</translation>
        </message>
        <message>
            <source>desktop app</source>
            <translation>Desktop-App</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>waiting for your consent</source>
            <translation>wartet auf Ihre Einwilligung</translation>
        </message>
        <message>
            <source>you declined the policy</source>
            <translation>Sie haben die Richtlinie abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Activity log: every pause, deletion, flag, approval, release and consent is written to a tamper-evident log that you can read.</source>
            <translation>Aktivitätsprotokoll: Jede Pause, Löschung, Markierung, Genehmigung, Freigabe und Einwilligung wird in ein fälschungssicheres Protokoll geschrieben, das Sie lesen können.</translation>
        </message>
        <message>
            <source>After the hold, segments are released automatically unless you deleted or flagged them.</source>
            <translation>Nach der Wartezeit werden Abschnitte automatisch freigegeben, sofern Sie sie nicht gelöscht oder markiert haben.</translation>
        </message>
        <message>
            <source>Also excluded: %1.</source>
            <translation>Ebenfalls ausgenommen: %1.</translation>
        </message>
        <message>
            <source>Anything while you are paused, and anything before you agree here.</source>
            <translation>Alles, während Sie pausiert haben, und alles, bevor Sie hier zustimmen.</translation>
        </message>
        <message>
            <source>Before anything is recorded</source>
            <translation>Bevor etwas aufgezeichnet wird</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Ablehnen</translation>
        </message>
        <message>
            <source>Decline: record nothing</source>
            <translation>Ablehnen: nichts aufzeichnen</translation>
        </message>
        <message>
            <source>Download your data: export everything Airlock holds about you (`airlock export --to DIR`).</source>
            <translation>Ihre Daten herunterladen: Exportieren Sie alles, was Airlock über Sie speichert (`airlock export --to DIR`).</translation>
        </message>
        <message>
            <source>Each segment stays here for at least %1 hours before it may leave. %2</source>
            <translation>Jeder Abschnitt bleibt mindestens %1 Stunden hier, bevor er gehen darf. %2</translation>
        </message>
        <message>
            <source>Everything is stored encrypted on this computer only. Nothing leaves until it has passed your review.</source>
            <translation>Alles wird verschlüsselt und nur auf diesem Computer gespeichert. Nichts verlässt ihn, bevor Sie es geprüft haben.</translation>
        </message>
        <message numerus="yes">
            <source>Everything recorded is deleted from this computer after %n day(s), released or not.</source>
            <translation>
                <numerusform>Alles Aufgezeichnete wird nach %n Tag von diesem Computer gelöscht, ob freigegeben oder nicht.</numerusform>
                <numerusform>Alles Aufgezeichnete wird nach %n Tagen von diesem Computer gelöscht, ob freigegeben oder nicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Flag: mark a moment as sensitive (health, money, personal messages, HR matters, other people's data). Flagged parts never leave this computer.</source>
            <translation>Markieren: Kennzeichnen Sie einen Moment als vertraulich (Gesundheit, Geld, private Nachrichten, Personalangelegenheiten, Daten anderer Personen). Markierte Teile verlassen diesen Computer nie.</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>I understand — start recording</source>
            <translation>Verstanden — Aufzeichnung starten</translation>
        </message>
        <message>
            <source>I understand, start recording</source>
            <translation>Verstanden, Aufzeichnung starten</translation>
        </message>
        <message>
            <source>If the policy changes, recording waits until you have seen what changed and agreed again.</source>
            <translation>Ändert sich die Richtlinie, wartet die Aufzeichnung, bis Sie die Änderungen gesehen und erneut zugestimmt haben.</translation>
        </message>
        <message numerus="yes">
            <source>It is sealed (encrypted) before it leaves, so that only the holder of the organisation's key(s) (%1) can open it. Anyone else who obtains the files, for example through a wrongly shared folder or bucket, sees only unreadable data.</source>
            <translation>
                <numerusform>Sie werden vor dem Versand versiegelt (verschlüsselt), sodass nur der Inhaber des Schlüssels der Organisation (%1) sie öffnen kann. Wer sonst an die Dateien gelangt, etwa über einen falsch freigegebenen Ordner oder Bucket, sieht nur unlesbare Daten.</numerusform>
                <numerusform>Sie werden vor dem Versand versiegelt (verschlüsselt), sodass nur die Inhaber der Schlüssel der Organisation (%1) sie öffnen können. Wer sonst an die Dateien gelangt, etwa über einen falsch freigegebenen Ordner oder Bucket, sieht nur unlesbare Daten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keystrokes in %1: %2</source>
            <translation>Tastenanschläge in %1: %2</translation>
        </message>
        <message>
            <source>Keystrokes: %1</source>
            <translation>Tastenanschläge: %1</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Mouse clicks, scrolling and pointer movement (positions, at most 30 per second). For example: a click at (640, 380) in your browser.</source>
            <translation>Mausklicks, Scrollen und Zeigerbewegungen (Positionen, höchstens 30 pro Sekunde). Zum Beispiel: ein Klick bei (640, 380) in Ihrem Browser.</translation>
        </message>
        <message>
            <source>No screenshots.</source>
            <translation>Keine Bildschirmfotos.</translation>
        </message>
        <message>
            <source>Nothing is recorded before you choose this. Your answer is kept in the activity log.</source>
            <translation>Bevor Sie dies wählen, wird nichts aufgezeichnet. Ihre Antwort wird im Aktivitätsprotokoll festgehalten.</translation>
        </message>
        <message>
            <source>Nothing is recorded. You can answer again later from Policy and privacy.</source>
            <translation>Es wird nichts aufgezeichnet. Sie können später unter „Richtlinie und Datenschutz“ neu antworten.</translation>
        </message>
        <message>
            <source>Nothing will be recorded. You can change your mind at any time: open “Policy and privacy…” from the Airlock tray menu, or run `airlock consent --accept`.</source>
            <translation>Es wird nichts aufgezeichnet. Sie können es sich jederzeit anders überlegen: Öffnen Sie „Richtlinie und Datenschutz…“ im Airlock-Menü oder führen Sie `airlock consent --accept` aus.</translation>
        </message>
        <message>
            <source>Only segments you approve are released.</source>
            <translation>Nur Abschnitte, die Sie genehmigen, werden freigegeben.</translation>
        </message>
        <message>
            <source>Passwords, payment card and bank account numbers, identity numbers and API keys that you type are masked before they are stored, as far as Airlock can recognise them.</source>
            <translation>Passwörter, Kartennummern, Kontonummern, Ausweisnummern und API-Schlüssel, die Sie tippen, werden vor dem Speichern maskiert, soweit Airlock sie erkennen kann.</translation>
        </message>
        <message>
            <source>Pause, delete and flag</source>
            <translation>Pausieren, löschen und markieren</translation>
        </message>
        <message>
            <source>Pause: one click on the tray icon (or `airlock pause`). Recording stops at once and stays paused, even after a restart, until you resume.</source>
            <translation>Pausieren: ein Klick auf das Airlock-Symbol (oder `airlock pause`). Die Aufzeichnung stoppt sofort und bleibt pausiert, auch nach einem Neustart, bis Sie fortsetzen.</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>Richtlinie %1</translation>
        </message>
        <message>
            <source>Policy %1 · consent scope %2</source>
            <translation>Richtlinie %1 · Einwilligungsumfang %2</translation>
        </message>
        <message>
            <source>Redact: black out parts of screenshots or typed text before anything is released.</source>
            <translation>Schwärzen: Machen Sie Teile von Bildschirmfotos oder getipptem Text unkenntlich, bevor etwas freigegeben wird.</translation>
        </message>
        <message>
            <source>Released data goes %1.</source>
            <translation>Freigegebene Daten gehen %1.</translation>
        </message>
        <message>
            <source>Review and delete: the review window shows exactly what was recorded. Delete any part; a deleted part never comes back and is never sent.</source>
            <translation>Prüfen und löschen: Das Prüffenster zeigt genau, was aufgezeichnet wurde. Löschen Sie jeden beliebigen Teil; ein gelöschter Teil kommt nie zurück und wird nie gesendet.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Screenshots of %1: at least every %2 seconds while you are active, and when %3 or more of the screen changes; scaled to %4 and stored as JPEG (quality %5). For example the document you are editing, the web page you are reading, or a chat window that is open.</source>
            <translation>Bildschirmfotos %1: mindestens alle %2 Sekunden, solange Sie aktiv sind, und wenn sich %3 oder mehr des Bildschirms ändern; auf %4 verkleinert und als JPEG gespeichert (Qualität %5). Zum Beispiel das Dokument, das Sie bearbeiten, die Webseite, die Sie lesen, oder ein offenes Chatfenster.</translation>
        </message>
        <message>
            <source>Sound, your camera, the clipboard and the files on your disk.</source>
            <translation>Ton, Ihre Kamera, die Zwischenablage und die Dateien auf Ihrer Festplatte.</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>The policy in plain words: what is recorded, what never is, where it goes, who can open it, and your rights.</source>
            <translation>Die Richtlinie in einfachen Worten: was aufgezeichnet wird, was nie, wohin es geht, wer es öffnen kann, und Ihre Rechte.</translation>
        </message>
        <message>
            <source>This policy names nobody to seal data for, so nothing will be sent until a policy that does is in force.</source>
            <translation>Diese Richtlinie nennt niemanden, für den Daten versiegelt werden; daher wird nichts gesendet, bis eine Richtlinie gilt, die das tut.</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>What Airlock records on this computer for %1, under %2</source>
            <translation>Was Airlock auf diesem Computer für %1 aufzeichnet, gemäß %2</translation>
        </message>
        <message>
            <source>What Airlock records on this computer, under %1</source>
            <translation>Was Airlock auf diesem Computer aufzeichnet, gemäß %1</translation>
        </message>
        <message>
            <source>What changed since you last answered</source>
            <translation>Was sich seit Ihrer letzten Antwort geändert hat</translation>
        </message>
        <message>
            <source>What is never recorded</source>
            <translation>Was nie aufgezeichnet wird</translation>
        </message>
        <message>
            <source>What is recorded</source>
            <translation>Was aufgezeichnet wird</translation>
        </message>
        <message>
            <source>What this policy records and your rights</source>
            <translation>Was diese Richtlinie aufzeichnet, und Ihre Rechte</translation>
        </message>
        <message>
            <source>When: only on %1, from %2 to %3; nothing outside those hours.</source>
            <translation>Wann: nur %1, von %2 bis %3 Uhr; nichts außerhalb dieser Zeiten.</translation>
        </message>
        <message>
            <source>When: whenever Airlock is running and you have not paused it.</source>
            <translation>Wann: immer, wenn Airlock läuft und Sie es nicht pausiert haben.</translation>
        </message>
        <message>
            <source>Where released data goes and who can open it</source>
            <translation>Wohin freigegebene Daten gehen und wer sie öffnen kann</translation>
        </message>
        <message>
            <source>Which application and window are in front, with the window title. For example: “Firefox — Quarterly report – Google Docs”.</source>
            <translation>Welche Anwendung und welches Fenster im Vordergrund sind, mit dem Fenstertitel. Zum Beispiel: „Firefox — Quartalsbericht – Google Docs“.</translation>
        </message>
        <message>
            <source>Why your organisation records</source>
            <translation>Warum Ihre Organisation aufzeichnet</translation>
        </message>
        <message>
            <source>Windows caught by the built-in exclusions (%1), always: no screenshots, no keystrokes, no window titles.</source>
            <translation>Fenster, die unter die eingebauten Ausnahmen fallen (%1), immer: keine Bildschirmfotos, keine Tastenanschläge, keine Fenstertitel.</translation>
        </message>
        <message>
            <source>Withdraw: you can withdraw a bundle that was released; your organisation's collector then removes it from the training data.</source>
            <translation>Zurückziehen: Sie können ein freigegebenes Paket zurückziehen; der Sammeldienst Ihrer Organisation entfernt es dann aus den Trainingsdaten.</translation>
        </message>
        <message>
            <source>You can quit Airlock at any time from the tray menu.</source>
            <translation>Sie können Airlock jederzeit über das Menü im Infobereich beenden.</translation>
        </message>
        <message>
            <source>You may decline. Then nothing is recorded; you can change your mind later with `airlock consent` or from the tray menu.</source>
            <translation>Sie dürfen ablehnen. Dann wird nichts aufgezeichnet; Sie können es sich später mit `airlock consent` oder über das Menü im Infobereich anders überlegen.</translation>
        </message>
        <message>
            <source>Your organisation's policy does not offer Quit; Pause is always available.</source>
            <translation>Die Richtlinie Ihrer Organisation bietet kein Beenden an; Pausieren ist immer möglich.</translation>
        </message>
        <message>
            <source>Your organisation's text is not available in %1; it is shown in %2.</source>
            <translation>Der Text Ihrer Organisation liegt nicht in der Sprache „%1“ vor; er wird auf „%2“ angezeigt.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Ihre Rechte</translation>
        </message>
        <message>
            <source>an unsigned evaluation policy (%1)</source>
            <translation>einer unsignierten Testrichtlinie (%1)</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>bei %1</translation>
        </message>
        <message>
            <source>every monitor</source>
            <translation>aller Bildschirme</translation>
        </message>
        <message>
            <source>everything you type, key by key, so the text can be read back. For example, typing “Meeting at 3pm” stores “Meeting at 3pm”.</source>
            <translation>alles, was Sie tippen, Taste für Taste, sodass sich der Text wieder lesen lässt. Zum Beispiel speichert das Tippen von „Treffen um 15 Uhr“ „Treffen um 15 Uhr“.</translation>
        </message>
        <message>
            <source>nothing of what you type.</source>
            <translation>nichts von dem, was Sie tippen.</translation>
        </message>
        <message>
            <source>on Amazon S3</source>
            <translation>bei Amazon S3</translation>
        </message>
        <message>
            <source>only how many keys you press. For example, typing “Meeting at 3pm” stores “14 key presses”.</source>
            <translation>nur, wie viele Tasten Sie drücken. Zum Beispiel speichert das Tippen von „Treffen um 15 Uhr“ „17 Tastendrücke“.</translation>
        </message>
        <message>
            <source>the built-in policy for personal use</source>
            <translation>der eingebauten Richtlinie für den persönlichen Gebrauch</translation>
        </message>
        <message>
            <source>the monitor you are working on</source>
            <translation>des Bildschirms, an dem Sie arbeiten</translation>
        </message>
        <message>
            <source>to the folder %1</source>
            <translation>in den Ordner %1</translation>
        </message>
        <message>
            <source>to the storage bucket “%1” %2</source>
            <translation>in den Speicher-Bucket „%1“ %2</translation>
        </message>
        <message>
            <source>to the storage bucket “%1” (under “%2/”) %3</source>
            <translation>in den Speicher-Bucket „%1“ (unter „%2/“) %3</translation>
        </message>
        <message>
            <source>which keys you press and when, but not the characters. For example, typing “Meeting at 3pm” stores “••••••• •• •••” (Enter, Backspace and shortcuts are kept).</source>
            <translation>welche Tasten Sie wann drücken, aber nicht die Zeichen. Zum Beispiel speichert das Tippen von „Treffen um 15 Uhr“ „••••••• •• •• •••“ (Eingabe, Rücktaste und Tastenkürzel bleiben erhalten).</translation>
        </message>
        <message>
            <source>your organisation's signed policy</source>
            <translation>der signierten Richtlinie Ihrer Organisation</translation>
        </message>
    </context>
    <context>
        <name>Controls</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n Tastenanschlag</numerusform>
                <numerusform>%n Tastenanschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) in %1</source>
            <translation>
                <numerusform>%n Abschnitt in %1</numerusform>
                <numerusform>%n Abschnitte in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>%n Abschnitt wartet auf Prüfung</numerusform>
                <numerusform>%n Abschnitte warten auf Prüfung</numerusform>
            </translation>
        </message>
        <message>
            <source>Airlock found moments on your screenshots that look sensitive: redact, flag or dismiss them.</source>
            <translation>Airlock hat auf Ihren Bildschirmfotos Stellen gefunden, die vertraulich aussehen: Schwärzen Sie sie, markieren Sie sie oder verwerfen Sie den Hinweis.</translation>
        </message>
        <message>
            <source>An unexpected error happened (%1); see the log.</source>
            <translation>Ein unerwarteter Fehler ist aufgetreten (%1); siehe Protokolldatei.</translation>
        </message>
        <message>
            <source>Delete everything captured in the last %1 (%2 until now)?</source>
            <translation>Alles löschen, was in den letzten %1 aufgezeichnet wurde (%2 bis jetzt)?</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>Delete recent captures</source>
            <translation>Letzte Aufzeichnungen löschen</translation>
        </message>
        <message>
            <source>Delete the last 15 minutes…</source>
            <translation>Die letzten 15 Minuten löschen…</translation>
        </message>
        <message>
            <source>Delete the last 5 minutes…</source>
            <translation>Die letzten 5 Minuten löschen…</translation>
        </message>
        <message>
            <source>Delete the last hour…</source>
            <translation>Die letzte Stunde löschen…</translation>
        </message>
        <message>
            <source>Download my data…</source>
            <translation>Meine Daten herunterladen…</translation>
        </message>
        <message>
            <source>Flag the last 15 minutes as sensitive…</source>
            <translation>Die letzten 15 Minuten als vertraulich markieren…</translation>
        </message>
        <message>
            <source>Flagged segments never leave this computer.</source>
            <translation>Markierte Abschnitte verlassen diesen Computer nie.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>My privacy settings…</source>
            <translation>Meine Datenschutzeinstellungen…</translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>In dieser Version nicht verfügbar.</translation>
        </message>
        <message>
            <source>Not capturing</source>
            <translation>Keine Aufzeichnung</translation>
        </message>
        <message>
            <source>Not recording this window</source>
            <translation>Dieses Fenster wird nicht aufgezeichnet</translation>
        </message>
        <message>
            <source>Nothing was captured between %1 and %2.</source>
            <translation>Zwischen %1 und %2 wurde nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Pause for 1 hour</source>
            <translation>1 Stunde pausieren</translation>
        </message>
        <message>
            <source>Pause for 15 minutes</source>
            <translation>15 Minuten pausieren</translation>
        </message>
        <message>
            <source>Pause until %1</source>
            <translation>Pausieren bis %1</translation>
        </message>
        <message>
            <source>Pause until I resume</source>
            <translation>Pausieren, bis ich fortsetze</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Policy and privacy…</source>
            <translation>Richtlinie und Datenschutz…</translation>
        </message>
        <message>
            <source>Quit (kept running by your organisation)</source>
            <translation>Beenden (von Ihrer Organisation am Laufen gehalten)</translation>
        </message>
        <message>
            <source>Quit Airlock</source>
            <translation>Airlock beenden</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Aufzeichnung läuft</translation>
        </message>
        <message>
            <source>Resume recording</source>
            <translation>Aufzeichnung fortsetzen</translation>
        </message>
        <message>
            <source>Review captures…</source>
            <translation>Aufzeichnungen prüfen…</translation>
        </message>
        <message numerus="yes">
            <source>Review captures… (%n waiting)</source>
            <translation>
                <numerusform>Aufzeichnungen prüfen… (%n wartet)</numerusform>
                <numerusform>Aufzeichnungen prüfen… (%n warten)</numerusform>
            </translation>
        </message>
        <message>
            <source>Show status window</source>
            <translation>Statusfenster anzeigen</translation>
        </message>
        <message>
            <source>That did not work</source>
            <translation>Das hat nicht geklappt</translation>
        </message>
        <message>
            <source>The vault is not available: %1</source>
            <translation>Der Tresor ist nicht verfügbar: %1</translation>
        </message>
        <message>
            <source>This deletes %1: %2, %3 and %4, plus anything captured while this question is open. They are removed from this computer for good and can never be released. This cannot be undone.</source>
            <translation>Dies löscht %1: %2, %3 und %4, dazu alles, was aufgezeichnet wird, solange diese Frage offen ist. Sie werden endgültig von diesem Computer entfernt und können nie freigegeben werden. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>What left my computer…</source>
            <translation>Was meinen Computer verlassen hat…</translation>
        </message>
        <message>
            <source>Your organisation's policy keeps Airlock running. You can still pause it at any time, for as long as you need.</source>
            <translation>Die Richtlinie Ihrer Organisation hält Airlock am Laufen. Sie können es trotzdem jederzeit pausieren, so lange Sie möchten.</translation>
        </message>
        <message>
            <source>everything captured in the last %1</source>
            <translation>alles, was in den letzten %1 aufgezeichnet wurde</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation>
                <numerusform>%n Schwärzung</numerusform>
                <numerusform>%n Schwärzungen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>&amp;Ereignisse</translation>
        </message>
        <message>
            <source>&amp;Screenshots</source>
            <translation>&amp;Bildschirmfotos</translation>
        </message>
        <message>
            <source>&amp;Typed text</source>
            <translation>Ge&amp;tippter Text</translation>
        </message>
        <message>
            <source>(no window title)</source>
            <translation>(kein Fenstertitel)</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Every key and click of the segment, in time order</source>
            <translation>Jede Taste und jeder Klick des Abschnitts, in zeitlicher Reihenfolge</translation>
        </message>
        <message>
            <source>Every key and click, in time order</source>
            <translation>Jede Taste und jeder Klick, in zeitlicher Reihenfolge</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Nichts ausgewählt</translation>
        </message>
        <message>
            <source>Raw input events</source>
            <translation>Rohe Eingabeereignisse</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Prüfstatus</translation>
        </message>
        <message>
            <source>Segment details</source>
            <translation>Details des Abschnitts</translation>
        </message>
        <message>
            <source>Select a segment in the timeline to see what was captured.</source>
            <translation>Wählen Sie einen Abschnitt in der Zeitleiste, um zu sehen, was aufgezeichnet wurde.</translation>
        </message>
        <message>
            <source>The screenshots, with the clicks and the redaction tool</source>
            <translation>Die Bildschirmfotos, mit den Klicks und dem Schwärzungswerkzeug</translation>
        </message>
        <message>
            <source>Time and counts</source>
            <translation>Zeit und Anzahlen</translation>
        </message>
        <message>
            <source>What was typed, and masking parts of it</source>
            <translation>Was getippt wurde, und Teile davon maskieren</translation>
        </message>
        <message>
            <source>Window title</source>
            <translation>Fenstertitel</translation>
        </message>
        <message>
            <source>unknown application</source>
            <translation>unbekannte Anwendung</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message>
            <source>%1 %2 %3</source>
            <translation>%1. %2 %3</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr.</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So.</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do.</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di.</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi.</translation>
        </message>
        <message>
            <source>tomorrow %1</source>
            <translation>morgen %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>A page of the vault failed its integrity check (it was changed or damaged on disk).</source>
            <translation>Eine Seite des Tresors hat die Integritätsprüfung nicht bestanden (sie wurde auf der Festplatte verändert oder beschädigt).</translation>
        </message>
        <message>
            <source>Airlock is running (pid %1) but its control channel does not answer.</source>
            <translation>Airlock läuft (PID %1), aber sein Steuerkanal antwortet nicht.</translation>
        </message>
        <message>
            <source>Airlock keeps its encryption key in the system keyring and will not capture without one. On Linux, run a Secret Service provider (GNOME Keyring or KWallet) and unlock it; check with `airlock doctor`.</source>
            <translation>Airlock bewahrt seinen Schlüssel im Schlüsselbund des Systems auf und zeichnet ohne einen solchen nicht auf. Unter Linux starten und entsperren Sie einen Secret-Service-Anbieter (GNOME Keyring oder KWallet); prüfen Sie es mit `airlock doctor`.</translation>
        </message>
        <message>
            <source>Close the other Airlock (see `airlock status`) and try again.</source>
            <translation>Schließen Sie das andere Airlock (siehe `airlock status`) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Close the review window and try again; the deletion itself is committed.</source>
            <translation>Schließen Sie das Prüffenster und versuchen Sie es erneut; die Löschung selbst ist bereits gespeichert.</translation>
        </message>
        <message>
            <source>Deleted data could not yet be removed from the vault's journal because another reader is active.</source>
            <translation>Gelöschte Daten konnten noch nicht aus dem Journal des Tresors entfernt werden, weil ein anderer Leser aktiv ist.</translation>
        </message>
        <message>
            <source>Fix that first (see `airlock doctor`).</source>
            <translation>Beheben Sie das zuerst (siehe `airlock doctor`).</translation>
        </message>
        <message>
            <source>Free some space; capture resumes by itself. Nothing already stored was lost.</source>
            <translation>Geben Sie Speicherplatz frei; die Aufzeichnung setzt von selbst wieder ein. Bereits Gespeichertes ging nicht verloren.</translation>
        </message>
        <message>
            <source>Free some space; screenshots resume by themselves.</source>
            <translation>Geben Sie Speicherplatz frei; Bildschirmfotos werden dann wieder von selbst gespeichert.</translation>
        </message>
        <message>
            <source>Give a time later today, or a duration like 30m.</source>
            <translation>Geben Sie eine spätere Uhrzeit von heute an oder eine Dauer wie 30m.</translation>
        </message>
        <message>
            <source>It may be starting or stopping; try again in a moment.</source>
            <translation>Es startet oder beendet sich vielleicht gerade; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Not capturing: %1 (%2).</source>
            <translation>Keine Aufzeichnung: %1 (%2).</translation>
        </message>
        <message>
            <source>Not capturing: the keyring refused access (%1).</source>
            <translation>Keine Aufzeichnung: Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
        </message>
        <message>
            <source>Nothing was changed. If you restored the file from another computer, restore its key too.</source>
            <translation>Nichts wurde geändert. Wenn Sie die Datei von einem anderen Computer wiederhergestellt haben, stellen Sie auch ihren Schlüssel wieder her.</translation>
        </message>
        <message>
            <source>Nothing was changed. Restore the vault from a backup, or move it aside to start a new one.</source>
            <translation>Nichts wurde geändert. Stellen Sie den Tresor aus einer Sicherung wieder her oder verschieben Sie ihn, um einen neuen zu beginnen.</translation>
        </message>
        <message>
            <source>Read it again with `airlock consent`, then answer.</source>
            <translation>Lesen Sie sie mit `airlock consent` erneut und antworten Sie dann.</translation>
        </message>
        <message>
            <source>That time has already passed.</source>
            <translation>Diese Uhrzeit ist bereits vorbei.</translation>
        </message>
        <message>
            <source>The disk holding the vault is full: screenshots are not being stored.</source>
            <translation>Die Festplatte mit dem Tresor ist voll: Bildschirmfotos werden nicht gespeichert.</translation>
        </message>
        <message>
            <source>The disk holding the vault is full; capture has stopped.</source>
            <translation>Die Festplatte mit dem Tresor ist voll; die Aufzeichnung wurde angehalten.</translation>
        </message>
        <message>
            <source>The pause is in force, but it could not be saved: %1</source>
            <translation>Die Pause gilt, konnte aber nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The policy shown is not the one Airlock runs under.</source>
            <translation>Die angezeigte Richtlinie ist nicht die, unter der Airlock läuft.</translation>
        </message>
        <message>
            <source>The vault could not be opened with the key in the keyring (wrong key, or not a vault file).</source>
            <translation>Der Tresor ließ sich mit dem Schlüssel im Schlüsselbund nicht öffnen (falscher Schlüssel oder keine Tresordatei).</translation>
        </message>
        <message>
            <source>The vault is damaged: a page failed its integrity check.</source>
            <translation>Der Tresor ist beschädigt: Eine Seite hat die Integritätsprüfung nicht bestanden.</translation>
        </message>
        <message>
            <source>The vault is in use by another process.</source>
            <translation>Der Tresor wird von einem anderen Prozess verwendet.</translation>
        </message>
        <message>
            <source>The vault is not available: %1.</source>
            <translation>Der Tresor ist nicht verfügbar: %1.</translation>
        </message>
        <message>
            <source>Unlock or restore the keyring that holds Airlock's key. The vault file was not changed.</source>
            <translation>Entsperren oder stellen Sie den Schlüsselbund wieder her, der den Schlüssel von Airlock enthält. Die Tresordatei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Vault locked: the vault exists but its key is not in the keyring.</source>
            <translation>Tresor gesperrt: Der Tresor existiert, aber sein Schlüssel ist nicht im Schlüsselbund.</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>nicht geöffnet</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>%1 button pressed at %2, %3</source>
            <translation>Taste %1 gedrückt bei %2, %3</translation>
        </message>
        <message>
            <source>%1 button released at %2, %3</source>
            <translation>Taste %1 losgelassen bei %2, %3</translation>
        </message>
        <message>
            <source>(this row could not be read)</source>
            <translation>(diese Zeile konnte nicht gelesen werden)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>down</source>
            <translation>gedrückt</translation>
        </message>
        <message>
            <source>pointer at %1, %2</source>
            <translation>Zeiger bei %1, %2</translation>
        </message>
        <message>
            <source>scrolled %1, %2 at %3, %4</source>
            <translation>gescrollt %1, %2 bei %3, %4</translation>
        </message>
        <message>
            <source>up</source>
            <translation>losgelassen</translation>
        </message>
        <message>
            <source>with %1</source>
            <translation>mit %1</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <source>Choose export folder</source>
            <translation>Exportordner wählen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Could not write the export: %1.</source>
            <translation>Der Export konnte nicht geschrieben werden: %1.</translation>
        </message>
        <message>
            <source>Done: %1 and %2 in %3.</source>
            <translation>Fertig: %1 und %2 in %3.</translation>
        </message>
        <message>
            <source>Download my data</source>
            <translation>Meine Daten herunterladen</translation>
        </message>
        <message>
            <source>Everything Airlock holds about you: segments, typed text, events, screenshots, flags, the activity log and the policy.</source>
            <translation>Alles, was Airlock über Sie speichert: Abschnitte, getippter Text, Ereignisse, Bildschirmfotos, Markierungen, das Aktivitätsprotokoll und die Richtlinie.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export as one zip file</source>
            <translation>Als eine ZIP-Datei exportieren</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>Exportordner</translation>
        </message>
        <message>
            <source>Export into</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Exportfortschritt</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportiere…</translation>
        </message>
        <message>
            <source>One .zip file</source>
            <translation>Eine .zip-Datei</translation>
        </message>
        <message>
            <source>One .zip file instead of a folder</source>
            <translation>Eine .zip-Datei statt eines Ordners</translation>
        </message>
        <message>
            <source>Opens a folder chooser</source>
            <translation>Öffnet eine Ordnerauswahl</translation>
        </message>
        <message>
            <source>Start export</source>
            <translation>Export starten</translation>
        </message>
        <message>
            <source>Stops and leaves nothing behind</source>
            <translation>Bricht ab und hinterlässt nichts</translation>
        </message>
        <message>
            <source>Where the copy of your data is written</source>
            <translation>Wohin die Kopie Ihrer Daten geschrieben wird</translation>
        </message>
        <message>
            <source>Writes everything Airlock holds about you into the folder</source>
            <translation>Schreibt alles, was Airlock über Sie speichert, in den Ordner</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n Lücke</numerusform>
                <numerusform>%n Lücken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n Tastenanschlag</numerusform>
                <numerusform>%n Tastenanschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n release(s)</source>
            <translation>
                <numerusform>%n Freigabe</numerusform>
                <numerusform>%n Freigaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>Activity ledger (%1)</source>
            <translation>Aktivitätsprotokoll (%1)</translation>
        </message>
        <message>
            <source>BROKEN — see data.json</source>
            <translation>BESCHÄDIGT — siehe data.json</translation>
        </message>
        <message>
            <source>Everything Airlock holds about you</source>
            <translation>Alles, was Airlock über Sie speichert</translation>
        </message>
        <message>
            <source>Machine-readable:</source>
            <translation>Maschinenlesbar:</translation>
        </message>
        <message>
            <source>Nothing captured.</source>
            <translation>Nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>flagged: %1</source>
            <translation>markiert: %1</translation>
        </message>
        <message>
            <source>screenshot</source>
            <translation>Bildschirmfoto</translation>
        </message>
        <message>
            <source>verified intact</source>
            <translation>als unversehrt geprüft</translation>
        </message>
    </context>
    <context>
        <name>FlagDialog</name>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Flag</source>
            <translation>&amp;Markieren</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Close without flagging</source>
            <translation>Schließen, ohne zu markieren</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>Flag %1 as sensitive. Flagged segments never leave this computer; you can still review, delete or unflag them.</source>
            <translation>%1 als vertraulich markieren. Markierte Abschnitte verlassen diesen Computer nie; Sie können sie weiterhin prüfen, löschen oder die Markierung aufheben.</translation>
        </message>
        <message>
            <source>Flag as sensitive</source>
            <translation>Als vertraulich markieren</translation>
        </message>
        <message>
            <source>Flagged segments never leave this computer</source>
            <translation>Markierte Abschnitte verlassen diesen Computer nie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Optional, for you only (never in the ledger)</source>
            <translation>Optional, nur für Sie (nie im Protokoll)</translation>
        </message>
        <message>
            <source>Why it is sensitive</source>
            <translation>Warum es vertraulich ist</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message numerus="yes">
            <source>held: %n screenshot(s) not yet read</source>
            <translation>
                <numerusform>zurückgehalten: %n Bildschirmfoto noch nicht gelesen</numerusform>
                <numerusform>zurückgehalten: %n Bildschirmfotos noch nicht gelesen</numerusform>
            </translation>
        </message>
        <message>
            <source>held: its typed text not yet read</source>
            <translation>zurückgehalten: getippter Text noch nicht gelesen</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 Std. %2 Min.</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 Min.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n Taste</numerusform>
                <numerusform>%n Tasten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look</source>
            <translation>
                <numerusform>%n Stelle sollte angesehen werden</numerusform>
                <numerusform>%n Stellen sollten angesehen werden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look before the next release</source>
            <translation>
                <numerusform>%n Stelle sollte vor der nächsten Freigabe angesehen werden</numerusform>
                <numerusform>%n Stellen sollten vor der nächsten Freigabe angesehen werden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Approved · leaves %1</source>
            <translation>Genehmigt · geht %1</translation>
        </message>
        <message>
            <source>Approved. It may leave once its hold ends on %1.</source>
            <translation>Genehmigt. Er darf gehen, sobald seine Wartezeit am %1 endet.</translation>
        </message>
        <message>
            <source>Approved: it leaves with the next release.</source>
            <translation>Genehmigt: Er geht mit der nächsten Freigabe.</translation>
        </message>
        <message>
            <source>Capture failed</source>
            <translation>Aufzeichnung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Zugangsdaten</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Disk full</source>
            <translation>Festplatte voll</translation>
        </message>
        <message>
            <source>Display not supported</source>
            <translation>Bildschirm nicht unterstützt</translation>
        </message>
        <message>
            <source>Excluded window</source>
            <translation>Ausgenommenes Fenster</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Markiert</translation>
        </message>
        <message>
            <source>Flagged as sensitive: flagged segments never leave this computer.</source>
            <translation>Als vertraulich markiert: Markierte Abschnitte verlassen diesen Computer nie.</translation>
        </message>
        <message>
            <source>Flagged · %1</source>
            <translation>Markiert · %1</translation>
        </message>
        <message>
            <source>Focus unknown: keys not stored</source>
            <translation>Fokus unbekannt: Tasten nicht gespeichert</translation>
        </message>
        <message>
            <source>HH:mm:ss</source>
            <translation>HH:mm:ss</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>HR / performance</source>
            <translation>Personal / Leistung</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Zurückgehalten</translation>
        </message>
        <message>
            <source>Held for review. It becomes eligible to leave on %1 and your approval, unless you delete or flag it.</source>
            <translation>Zur Prüfung zurückgehalten. Er darf ab %1 und nach Ihrer Genehmigung gehen, sofern Sie ihn nicht löschen oder markieren.</translation>
        </message>
        <message>
            <source>Held for review. It becomes eligible to leave on %1, unless you delete or flag it.</source>
            <translation>Zur Prüfung zurückgehalten. Er darf ab %1 gehen, sofern Sie ihn nicht löschen oder markieren.</translation>
        </message>
        <message>
            <source>Held · eligible %1</source>
            <translation>Zurückgehalten · ab %1</translation>
        </message>
        <message>
            <source>Held · leaves next release</source>
            <translation>Zurückgehalten · geht mit nächster Freigabe</translation>
        </message>
        <message>
            <source>Held · needs approval</source>
            <translation>Zurückgehalten · braucht Genehmigung</translation>
        </message>
        <message>
            <source>No consent given</source>
            <translation>Keine Einwilligung erteilt</translation>
        </message>
        <message>
            <source>Nothing needs a look</source>
            <translation>Nichts muss angesehen werden</translation>
        </message>
        <message>
            <source>Nothing needs a look before the next release</source>
            <translation>Vor der nächsten Freigabe muss nichts angesehen werden</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Other people's data</source>
            <translation>Daten anderer Personen</translation>
        </message>
        <message>
            <source>Outside working hours</source>
            <translation>Außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Personal communication</source>
            <translation>Private Kommunikation</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>Bildschirm gesperrt</translation>
        </message>
        <message>
            <source>Sealed and sent earlier.</source>
            <translation>Früher versiegelt und gesendet.</translation>
        </message>
        <message>
            <source>Sealed and sent on %1.</source>
            <translation>Versiegelt und gesendet am %1.</translation>
        </message>
        <message>
            <source>The hold is over; it leaves only if you approve it.</source>
            <translation>Die Wartezeit ist vorbei; er geht nur, wenn Sie ihn genehmigen.</translation>
        </message>
        <message>
            <source>The hold is over; it leaves with the next release unless you delete or flag it.</source>
            <translation>Die Wartezeit ist vorbei; er geht mit der nächsten Freigabe, sofern Sie ihn nicht löschen oder markieren.</translation>
        </message>
        <message>
            <source>credentials</source>
            <translation>Zugangsdaten</translation>
        </message>
        <message>
            <source>d MMM HH:mm</source>
            <translation>d. MMM HH:mm</translation>
        </message>
        <message>
            <source>ddd d MMM HH:mm</source>
            <translation>ddd, d. MMM HH:mm</translation>
        </message>
        <message>
            <source>ddd d MMM HH:mm t</source>
            <translation>ddd, d. MMM HH:mm t</translation>
        </message>
        <message>
            <source>ddd dd MMM</source>
            <translation>ddd, dd. MMM</translation>
        </message>
        <message>
            <source>ddd dd MMM yyyy</source>
            <translation>ddd, dd. MMM yyyy</translation>
        </message>
        <message>
            <source>dddd dd MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <source>finance</source>
            <translation>Finanzen</translation>
        </message>
        <message>
            <source>health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>political opinion</source>
            <translation>politische Meinung</translation>
        </message>
        <message>
            <source>private communication</source>
            <translation>private Kommunikation</translation>
        </message>
        <message>
            <source>religion</source>
            <translation>Religion</translation>
        </message>
        <message>
            <source>sexual orientation</source>
            <translation>sexuelle Orientierung</translation>
        </message>
        <message>
            <source>union membership</source>
            <translation>Gewerkschaftszugehörigkeit</translation>
        </message>
    </context>
    <context>
        <name>Ledger</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n Tastenanschlag</numerusform>
                <numerusform>%n Tastenanschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>Approved %1 for release.</source>
            <translation>%1 zur Freigabe genehmigt.</translation>
        </message>
        <message>
            <source>Deleted %1 from %2 to %3.</source>
            <translation>%1 von %2 bis %3 gelöscht.</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>%1 gelöscht.</translation>
        </message>
        <message>
            <source>Flagged %1 as sensitive (%2); they will never leave.</source>
            <translation>%1 als vertraulich markiert (%2); sie werden den Computer nie verlassen.</translation>
        </message>
        <message>
            <source>Recording paused until %1.</source>
            <translation>Aufzeichnung pausiert bis %1.</translation>
        </message>
        <message>
            <source>Recording resumed.</source>
            <translation>Aufzeichnung fortgesetzt.</translation>
        </message>
        <message>
            <source>Redacted %1 in segment %2.</source>
            <translation>%1 in Abschnitt %2 geschwärzt.</translation>
        </message>
        <message>
            <source>Released bundle %1 (%2) to %3.</source>
            <translation>Paket %1 (%2) an %3 freigegeben.</translation>
        </message>
        <message>
            <source>Removed the sensitive flag from %1.</source>
            <translation>Vertraulich-Markierung von %1 entfernt.</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you answered “%4”.</source>
            <translation>Hinweis %1 (%2) in Abschnitt %3: Sie haben „%4“ geantwortet.</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you dismissed it as not sensitive.</source>
            <translation>Hinweis %1 (%2) in Abschnitt %3: Sie haben ihn als nicht vertraulich verworfen.</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you flagged the segment.</source>
            <translation>Hinweis %1 (%2) in Abschnitt %3: Sie haben den Abschnitt markiert.</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you redacted the words it boxed.</source>
            <translation>Hinweis %1 (%2) in Abschnitt %3: Sie haben die umrahmten Wörter geschwärzt.</translation>
        </message>
        <message>
            <source>The destination confirmed bundle %1 (%2).</source>
            <translation>Das Ziel hat Paket %1 bestätigt (%2).</translation>
        </message>
        <message>
            <source>The policy changed.</source>
            <translation>Die Richtlinie hat sich geändert.</translation>
        </message>
        <message>
            <source>You agreed to the policy (policy %1).</source>
            <translation>Sie haben der Richtlinie zugestimmt (Richtlinie %1).</translation>
        </message>
        <message>
            <source>You declined the policy (policy %1).</source>
            <translation>Sie haben die Richtlinie abgelehnt (Richtlinie %1).</translation>
        </message>
        <message>
            <source>You exported your data (%1).</source>
            <translation>Sie haben Ihre Daten exportiert (%1).</translation>
        </message>
        <message>
            <source>You withdrew bundle %1; the data team must delete it.</source>
            <translation>Sie haben Paket %1 zurückgezogen; das Datenteam muss es löschen.</translation>
        </message>
        <message>
            <source>segments</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>until you resume</source>
            <translation>bis Sie fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>NeedsALook</name>
        <message>
            <source>&amp;Flag</source>
            <translation>&amp;Markieren</translation>
        </message>
        <message>
            <source>&amp;Flag as %1</source>
            <translation>Als „%1“ &amp;markieren</translation>
        </message>
        <message>
            <source>&amp;Not sensitive</source>
            <translation>&amp;Nicht vertraulich</translation>
        </message>
        <message>
            <source>&amp;Redact these…</source>
            <translation>Diese &amp;schwärzen…</translation>
        </message>
        <message>
            <source>Airlock read your screenshots on this computer and found these moments that look sensitive. Look at each before the next release.</source>
            <translation>Airlock hat Ihre Bildschirmfotos auf diesem Computer gelesen und diese Stellen gefunden, die vertraulich aussehen. Sehen Sie sich jede vor der nächsten Freigabe an.</translation>
        </message>
        <message>
            <source>Black out the boxed words: the redaction tool opens with them marked, so you can adjust before anything changes.</source>
            <translation>Die umrahmten Wörter schwärzen: Das Schwärzungswerkzeug öffnet sich mit ihnen markiert, sodass Sie anpassen können, bevor sich etwas ändert.</translation>
        </message>
        <message>
            <source>Each moment's category, time and why it was suggested. Its screenshot shows on the right with the words boxed.</source>
            <translation>Kategorie, Zeit und Grund jeder Stelle. Ihr Bildschirmfoto erscheint rechts, die Wörter umrahmt.</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Markieren</translation>
        </message>
        <message>
            <source>Flag as %1</source>
            <translation>Als „%1“ markieren</translation>
        </message>
        <message>
            <source>Flag this segment as sensitive: flagged segments never leave.</source>
            <translation>Diesen Abschnitt als vertraulich markieren: Markierte Abschnitte verlassen den Computer nie.</translation>
        </message>
        <message>
            <source>Nothing sensitive here: the suggestion goes away and the segment is reviewed like any other.</source>
            <translation>Hier ist nichts vertraulich: Der Hinweis verschwindet und der Abschnitt wird wie jeder andere geprüft.</translation>
        </message>
        <message>
            <source>Nothing waits for a look. Airlock keeps reading new screenshots and lists here what looks sensitive.</source>
            <translation>Nichts muss angesehen werden. Airlock liest weiterhin neue Bildschirmfotos und listet hier auf, was vertraulich aussieht.</translation>
        </message>
        <message>
            <source>Reading screenshots</source>
            <translation>Bildschirmfotos werden gelesen</translation>
        </message>
        <message>
            <source>Suggested moments</source>
            <translation>Gefundene Stellen</translation>
        </message>
        <message>
            <source>The words that made Airlock suggest the selected moment</source>
            <translation>Die Wörter, wegen derer Airlock auf die ausgewählte Stelle hinweist</translation>
        </message>
        <message>
            <source>Why it needs a look</source>
            <translation>Warum sie angesehen werden sollte</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message numerus="yes">
            <source>%n segment(s) will be released at %1</source>
            <translation>
                <numerusform>%n Abschnitt wird um %1 freigegeben</numerusform>
                <numerusform>%n Abschnitte werden um %1 freigegeben</numerusform>
            </translation>
        </message>
        <message>
            <source>Airlock is capturing again</source>
            <translation>Airlock zeichnet wieder auf</translation>
        </message>
        <message>
            <source>Airlock is not capturing</source>
            <translation>Airlock zeichnet nicht auf</translation>
        </message>
        <message>
            <source>Airlock is recording again</source>
            <translation>Airlock zeichnet wieder auf</translation>
        </message>
        <message>
            <source>Airlock read your screenshots on this computer and found moments that look sensitive. Open “Review captures…”, then “Needs a look”, to redact, flag or dismiss them.</source>
            <translation>Airlock hat Ihre Bildschirmfotos auf diesem Computer gelesen und Stellen gefunden, die vertraulich aussehen. Öffnen Sie „Aufzeichnungen prüfen…“ und dann „Bitte ansehen“, um sie zu schwärzen, zu markieren oder den Hinweis zu verwerfen.</translation>
        </message>
        <message>
            <source>Deleted for good</source>
            <translation>Endgültig gelöscht</translation>
        </message>
        <message>
            <source>Flagged as sensitive</source>
            <translation>Als vertraulich markiert</translation>
        </message>
        <message>
            <source>Open “Review captures…” to check, delete or flag them before they leave this computer.</source>
            <translation>Öffnen Sie „Aufzeichnungen prüfen…“, um sie zu prüfen, zu löschen oder zu markieren, bevor sie diesen Computer verlassen.</translation>
        </message>
        <message>
            <source>That did not work</source>
            <translation>Das hat nicht geklappt</translation>
        </message>
        <message>
            <source>They will never leave this computer.</source>
            <translation>Sie werden diesen Computer nie verlassen.</translation>
        </message>
        <message>
            <source>Your timed pause has ended. Click the Airlock icon to pause again.</source>
            <translation>Ihre zeitlich begrenzte Pause ist zu Ende. Klicken Sie auf das Airlock-Symbol, um erneut zu pausieren.</translation>
        </message>
    </context>
    <context>
        <name>PolicyDiff</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>A key can no longer open newly released data: %1</source>
            <translation>Ein Schlüssel kann neu freigegebene Daten nicht mehr öffnen: %1</translation>
        </message>
        <message>
            <source>A new key can open released data: %1</source>
            <translation>Ein neuer Schlüssel kann freigegebene Daten öffnen: %1</translation>
        </message>
        <message>
            <source>Data kept on this computer for</source>
            <translation>Daten bleiben auf diesem Computer für</translation>
        </message>
        <message>
            <source>Exclusion removed (now recorded): %1</source>
            <translation>Ausnahme entfernt (wird jetzt aufgezeichnet): %1</translation>
        </message>
        <message>
            <source>Hold before release</source>
            <translation>Wartezeit vor der Freigabe</translation>
        </message>
        <message>
            <source>Idle time that ends a segment</source>
            <translation>Leerlauf, der einen Abschnitt beendet</translation>
        </message>
        <message>
            <source>Keystrokes by default</source>
            <translation>Tastenanschläge standardmäßig</translation>
        </message>
        <message>
            <source>Keystrokes in %1</source>
            <translation>Tastenanschläge in %1</translation>
        </message>
        <message>
            <source>Longest segment</source>
            <translation>Längster Abschnitt</translation>
        </message>
        <message>
            <source>Monitors recorded</source>
            <translation>Aufgezeichnete Bildschirme</translation>
        </message>
        <message>
            <source>New exclusion: %1</source>
            <translation>Neue Ausnahme: %1</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Pause shortcut</source>
            <translation>Tastenkürzel für die Pause</translation>
        </message>
        <message>
            <source>Quit offered in the tray menu</source>
            <translation>Beenden im Menü angeboten</translation>
        </message>
        <message>
            <source>Recording hours: %1 → %2</source>
            <translation>Aufzeichnungszeiten: %1 → %2</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Release runs every</source>
            <translation>Freigabe läuft alle</translation>
        </message>
        <message>
            <source>Released data goes %1 instead of %2</source>
            <translation>Freigegebene Daten gehen %1 statt %2</translation>
        </message>
        <message>
            <source>Screen change that triggers an extra screenshot</source>
            <translation>Bildschirmänderung, die ein zusätzliches Bildschirmfoto auslöst</translation>
        </message>
        <message>
            <source>Screenshot interval</source>
            <translation>Abstand der Bildschirmfotos</translation>
        </message>
        <message>
            <source>Screenshot quality</source>
            <translation>Qualität der Bildschirmfotos</translation>
        </message>
        <message>
            <source>Screenshot scale</source>
            <translation>Größe der Bildschirmfotos</translation>
        </message>
        <message>
            <source>Screenshots</source>
            <translation>Bildschirmfotos</translation>
        </message>
        <message>
            <source>Screenshots read on this computer to suggest sensitive moments</source>
            <translation>Bildschirmfotos werden auf diesem Computer gelesen, um auf vertrauliche Stellen hinzuweisen</translation>
        </message>
        <message>
            <source>Segments are held until their screenshots were read</source>
            <translation>Abschnitte werden zurückgehalten, bis ihre Bildschirmfotos gelesen sind</translation>
        </message>
        <message>
            <source>Segments with an unanswered suggestion are held</source>
            <translation>Abschnitte mit unbeantwortetem Hinweis werden zurückgehalten</translation>
        </message>
        <message>
            <source>Storage endpoint</source>
            <translation>Speicher-Endpunkt</translation>
        </message>
        <message>
            <source>Storage region</source>
            <translation>Speicherregion</translation>
        </message>
        <message>
            <source>Upload limit</source>
            <translation>Upload-Grenze</translation>
        </message>
        <message>
            <source>Upload only on mains power</source>
            <translation>Upload nur am Stromnetz</translation>
        </message>
        <message>
            <source>Words that make a moment sensitive</source>
            <translation>Wörter, die eine Stelle vertraulich machen</translation>
        </message>
        <message>
            <source>Your organisation's consent text changed (%1)</source>
            <translation>Der Einwilligungstext Ihrer Organisation hat sich geändert (%1)</translation>
        </message>
        <message>
            <source>after your approval</source>
            <translation>nach Ihrer Genehmigung</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>jederzeit</translation>
        </message>
        <message>
            <source>automatically after the hold</source>
            <translation>automatisch nach der Wartezeit</translation>
        </message>
        <message>
            <source>every %1 s</source>
            <translation>alle %1 s</translation>
        </message>
        <message>
            <source>less is recorded</source>
            <translation>es wird weniger aufgezeichnet</translation>
        </message>
        <message>
            <source>more is recorded</source>
            <translation>es wird mehr aufgezeichnet</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message numerus="yes">
            <source>%n segment(s) %1</source>
            <translation>
                <numerusform>%n Abschnitt %1</numerusform>
                <numerusform>%n Abschnitte %1</numerusform>
            </translation>
        </message>
        <message>
            <source>flagged</source>
            <translation>markiert</translation>
        </message>
        <message>
            <source>still being recorded</source>
            <translation>noch in Aufzeichnung</translation>
        </message>
        <message>
            <source>still in their hold period</source>
            <translation>noch in der Wartezeit</translation>
        </message>
        <message>
            <source>waiting for your approval</source>
            <translation>warten auf Ihre Genehmigung</translation>
        </message>
        <message>
            <source>whose redaction could not be applied (delete or redo it)</source>
            <translation>deren Schwärzung nicht angewendet werden konnte (löschen oder neu schwärzen)</translation>
        </message>
        <message>
            <source>with a redaction that cannot be applied</source>
            <translation>mit einer Schwärzung, die nicht angewendet werden kann</translation>
        </message>
        <message>
            <source>with a suggested moment to look at (`airlock suggestions`)</source>
            <translation>mit einer Stelle, die angesehen werden sollte (`airlock suggestions`)</translation>
        </message>
        <message>
            <source>with screenshots not yet read for sensitive moments (`airlock scan` reads them now)</source>
            <translation>mit Bildschirmfotos, die noch nicht auf vertrauliche Stellen gelesen wurden (`airlock scan` liest sie jetzt)</translation>
        </message>
        <message>
            <source>without recipients to seal to</source>
            <translation>ohne Empfänger zum Versiegeln</translation>
        </message>
    </context>
    <context>
        <name>Releases</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) left this computer, holding %1. Each was sealed so only your organisation's training pipeline can open it.</source>
            <translation>
                <numerusform>%n Paket hat diesen Computer verlassen, mit %1. Es wurde so versiegelt, dass nur die Trainings-Pipeline Ihrer Organisation es öffnen kann.</numerusform>
                <numerusform>%n Pakete haben diesen Computer verlassen, mit %1. Jedes wurde so versiegelt, dass nur die Trainings-Pipeline Ihrer Organisation es öffnen kann.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look (Review → Needs a look)</source>
            <translation>
                <numerusform>%n Stelle sollte angesehen werden (Aufzeichnungen prüfen → Bitte ansehen)</numerusform>
                <numerusform>%n Stellen sollten angesehen werden (Aufzeichnungen prüfen → Bitte ansehen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewed segment(s)</source>
            <translation>
                <numerusform>%n geprüften Abschnitt</numerusform>
                <numerusform>%n geprüften Abschnitten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s) not yet read for sensitive moments (read when you pause for a moment on mains power, or now with `airlock scan`)</source>
            <translation>
                <numerusform>%n Bildschirmfoto noch nicht auf vertrauliche Stellen gelesen (es wird gelesen, wenn Sie am Stromnetz kurz pausieren, oder jetzt mit `airlock scan`)</numerusform>
                <numerusform>%n Bildschirmfotos noch nicht auf vertrauliche Stellen gelesen (sie werden gelesen, wenn Sie am Stromnetz kurz pausieren, oder jetzt mit `airlock scan`)</numerusform>
            </translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation>Aktivitätsprotokoll</translation>
        </message>
        <message>
            <source>Asks the organisation to delete it: a signed notice goes to where it was sent</source>
            <translation>Bittet die Organisation, es zu löschen: Eine signierte Mitteilung geht dorthin, wohin es gesendet wurde</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>Bundle receipt and contents</source>
            <translation>Empfangsbestätigung und Inhalt des Pakets</translation>
        </message>
        <message>
            <source>Covering</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Destination’s receipt</source>
            <translation>Empfangsbestätigung des Ziels</translation>
        </message>
        <message>
            <source>Every bundle that left this computer, with its receipt</source>
            <translation>Jedes Paket, das diesen Computer verlassen hat, mit seiner Quittung</translation>
        </message>
        <message>
            <source>Every decision, in a ledger that shows any tampering</source>
            <translation>Jede Entscheidung, in einem Protokoll, das jede Manipulation zeigt</translation>
        </message>
        <message>
            <source>Keys / clicks / screenshots</source>
            <translation>Tasten / Klicks / Bildschirmfotos</translation>
        </message>
        <message>
            <source>Not leaving yet: %1.</source>
            <translation>Geht noch nicht: %1.</translation>
        </message>
        <message>
            <source>Nothing has left this computer.</source>
            <translation>Nichts hat diesen Computer verlassen.</translation>
        </message>
        <message>
            <source>One row per bundle that left: when, where, its size and what it held. Its receipt shows below.</source>
            <translation>Eine Zeile pro gesendetem Paket: wann, wohin, seine Größe und sein Inhalt. Die Quittung steht darunter.</translation>
        </message>
        <message>
            <source>Released bundles, newest first</source>
            <translation>Freigegebene Pakete, neueste zuerst</translation>
        </message>
        <message>
            <source>Releases and activity</source>
            <translation>Freigaben und Aktivität</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>Abschnitte</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The receipt of the selected bundle and the segments it held</source>
            <translation>Die Quittung des ausgewählten Pakets und die Abschnitte darin</translation>
        </message>
        <message>
            <source>What left my computer</source>
            <translation>Was meinen Computer verlassen hat</translation>
        </message>
        <message>
            <source>Where to</source>
            <translation>Wohin</translation>
        </message>
        <message>
            <source>Withdraw bundle</source>
            <translation>Paket zurückziehen</translation>
        </message>
        <message>
            <source>Withdraw bundle %1?

A signed withdrawal notice goes to the destination; the data team's collector removes this bundle from their dataset.</source>
            <translation>Paket %1 zurückziehen?

Eine signierte Rückzugsmitteilung geht an das Ziel; der Sammeldienst des Datenteams entfernt dieses Paket aus seinem Datensatz.</translation>
        </message>
        <message>
            <source>Withdraw the selected bundle</source>
            <translation>Das ausgewählte Paket zurückziehen</translation>
        </message>
        <message>
            <source>Withdraw this bundle…</source>
            <translation>Dieses Paket zurückziehen…</translation>
        </message>
        <message>
            <source>Withdrawal failed</source>
            <translation>Zurückziehen fehlgeschlagen</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>zugestellt</translation>
        </message>
        <message>
            <source>withdrawn %1</source>
            <translation>zurückgezogen %1</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm t</source>
            <translation>dd.MM.yyyy HH:mm t</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialogs</name>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Aktion:</translation>
        </message>
        <message>
            <source>&amp;Continue…</source>
            <translation>&amp;Weiter…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Von:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Bis:</translation>
        </message>
        <message>
            <source>Act on a time range</source>
            <translation>Einen Zeitraum bearbeiten</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Approve it for release</source>
            <translation>Zur Freigabe genehmigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Schließen, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>Delete everything in it</source>
            <translation>Alles darin löschen</translation>
        </message>
        <message>
            <source>End of the range</source>
            <translation>Ende des Zeitraums</translation>
        </message>
        <message>
            <source>Flag it as sensitive</source>
            <translation>Als vertraulich markieren</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Shows what is in the range and asks before acting</source>
            <translation>Zeigt, was im Zeitraum liegt, und fragt vor dem Handeln</translation>
        </message>
        <message>
            <source>Something went wrong (%1); nothing was changed.</source>
            <translation>Etwas ist schiefgegangen (%1); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Start of the range</source>
            <translation>Beginn des Zeitraums</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>Das Ende muss nach dem Anfang liegen.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>What to do with everything captured in the range</source>
            <translation>Was mit allem geschehen soll, was im Zeitraum erfasst wurde</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>Was geschehen wird</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
    </context>
    <context>
        <name>ReviewFlows</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 und %2</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) marked. Adjust them if needed (drag to add, Clear to start again), then press “Black out”.</source>
            <translation>
                <numerusform>%n Bereich markiert. Passen Sie ihn bei Bedarf an (ziehen zum Hinzufügen, „Leeren“ zum Neubeginn) und drücken Sie dann „Schwärzen“.</numerusform>
                <numerusform>%n Bereiche markiert. Passen Sie sie bei Bedarf an (ziehen zum Hinzufügen, „Leeren“ zum Neubeginn) und drücken Sie dann „Schwärzen“.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n Tastenanschlag</numerusform>
                <numerusform>%n Tastenanschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Black out</source>
            <translation>&amp;Schwärzen</translation>
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation>Endgültig &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Mask</source>
            <translation>&amp;Maskieren</translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s) (flagged and released ones are left as they are).</source>
            <translation>
                <numerusform>%n Abschnitt genehmigt (markierte und freigegebene bleiben, wie sie sind).</numerusform>
                <numerusform>%n Abschnitte genehmigt (markierte und freigegebene bleiben, wie sie sind).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s).</source>
            <translation>
                <numerusform>%n Abschnitt genehmigt.</numerusform>
                <numerusform>%n Abschnitte genehmigt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Black out %n area(s) of this screenshot?

The stored screenshot is replaced by one where these areas are black. The original is not kept anywhere. This cannot be undone.</source>
            <translation>
                <numerusform>%n Bereich dieses Bildschirmfotos schwärzen?

Das gespeicherte Bildschirmfoto wird durch eines ersetzt, in dem dieser Bereich schwarz ist. Das Original wird nirgends aufbewahrt. Dies kann nicht rückgängig gemacht werden.</numerusform>
                <numerusform>%n Bereiche dieses Bildschirmfotos schwärzen?

Das gespeicherte Bildschirmfoto wird durch eines ersetzt, in dem diese Bereiche schwarz sind. Das Original wird nirgends aufbewahrt. Dies kann nicht rückgängig gemacht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1?

%2 with %3, %4 and %5 will be removed from the vault and its journal at once. The deletion is recorded in your ledger (counts only).

This cannot be undone.</source>
            <translation>%1 löschen?

%2 mit %3, %4 und %5 werden sofort aus dem Tresor und seinem Journal entfernt. Die Löschung wird in Ihrem Protokoll vermerkt (nur Anzahlen).

Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete captured data</source>
            <translation>Aufgezeichnete Daten löschen</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>%1 gelöscht.</translation>
        </message>
        <message>
            <source>Drag on the screenshot, or press R and use the arrow keys, to mark areas; then press “Black out”.</source>
            <translation>Ziehen Sie auf dem Bildschirmfoto, oder drücken Sie R und die Pfeiltasten, um Bereiche zu markieren; drücken Sie dann „Schwärzen“.</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s).</source>
            <translation>
                <numerusform>%n Abschnitt markiert.</numerusform>
                <numerusform>%n Abschnitte markiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Flagged as %1: this segment will never leave.</source>
            <translation>Als „%1“ markiert: Dieser Abschnitt verlässt den Computer nie.</translation>
        </message>
        <message>
            <source>Marked as not sensitive.</source>
            <translation>Als nicht vertraulich gekennzeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>Mask %n character(s) of the typed text?

They become • in the vault, and the keystrokes that typed them are masked too. The original is not kept anywhere. This cannot be undone.</source>
            <translation>
                <numerusform>%n Zeichen des getippten Texts maskieren?

Es wird im Tresor zu •, und der Tastenanschlag, der es getippt hat, wird ebenfalls maskiert. Das Original wird nirgends aufbewahrt. Dies kann nicht rückgängig gemacht werden.</numerusform>
                <numerusform>%n Zeichen des getippten Texts maskieren?

Sie werden im Tresor zu •, und die Tastenanschläge, die sie getippt haben, werden ebenfalls maskiert. Das Original wird nirgends aufbewahrt. Dies kann nicht rückgängig gemacht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mask typed text</source>
            <translation>Getippten Text maskieren</translation>
        </message>
        <message>
            <source>Redact screenshot</source>
            <translation>Bildschirmfoto schwärzen</translation>
        </message>
        <message>
            <source>Screenshot redacted.</source>
            <translation>Bildschirmfoto geschwärzt.</translation>
        </message>
        <message>
            <source>That screenshot is no longer in the vault.</source>
            <translation>Dieses Bildschirmfoto ist nicht mehr im Tresor.</translation>
        </message>
        <message>
            <source>Typed text masked.</source>
            <translation>Getippter Text maskiert.</translation>
        </message>
        <message numerus="yes">
            <source>Unflagged %n segment(s).</source>
            <translation>
                <numerusform>Markierung von %n Abschnitt aufgehoben.</numerusform>
                <numerusform>Markierung von %n Abschnitten aufgehoben.</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message numerus="yes">
            <source>%n matching segment(s)</source>
            <translation>
                <numerusform>%n passender Abschnitt</numerusform>
                <numerusform>%n passende Abschnitte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Genehmigen</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Tag:</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Flag…</source>
            <translation>&amp;Markieren…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Mask selected text</source>
            <translation>Ausgewählten Text &amp;maskieren</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Nächster</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Vorheriger</translation>
        </message>
        <message>
            <source>&amp;Redact…</source>
            <translation>&amp;Schwärzen…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;Segment</source>
            <translation>&amp;Abschnitt</translation>
        </message>
        <message>
            <source>&amp;Time range…</source>
            <translation>&amp;Zeitraum…</translation>
        </message>
        <message>
            <source>&amp;Unflag</source>
            <translation>Markierung &amp;aufheben</translation>
        </message>
        <message>
            <source>A&amp;pplication:</source>
            <translation>A&amp;nwendung:</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>Airlock</source>
            <translation>Airlock</translation>
        </message>
        <message>
            <source>All applications</source>
            <translation>Alle Anwendungen</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>Alle Tage</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle Zustände</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Approve for release after the hold</source>
            <translation>Zur Freigabe nach der Wartezeit genehmigen</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Days, then the segments and gaps of each day. Select one or more to act on them.</source>
            <translation>Tage, darunter die Abschnitte und Lücken jedes Tages. Wählen Sie einen oder mehrere aus, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>Delete the selected segments or days for good</source>
            <translation>Die ausgewählten Abschnitte oder Tage endgültig löschen</translation>
        </message>
        <message>
            <source>Delete, flag or approve a time range</source>
            <translation>Einen Zeitraum löschen, markieren oder genehmigen</translation>
        </message>
        <message>
            <source>Draw rectangles on the screenshot to black them out</source>
            <translation>Rechtecke auf das Bildschirmfoto zeichnen, um sie zu schwärzen</translation>
        </message>
        <message>
            <source>Fit screenshot</source>
            <translation>Bildschirmfoto einpassen</translation>
        </message>
        <message>
            <source>Fit the screenshot</source>
            <translation>Das Bildschirmfoto einpassen</translation>
        </message>
        <message>
            <source>Flag as sensitive: it never leaves</source>
            <translation>Als vertraulich markieren: verlässt den Computer nie</translation>
        </message>
        <message>
            <source>Mask the selected typed text</source>
            <translation>Den ausgewählten getippten Text maskieren</translation>
        </message>
        <message>
            <source>Moments that look sensitive, to redact, flag or dismiss</source>
            <translation>Stellen, die vertraulich aussehen: schwärzen, markieren oder verwerfen</translation>
        </message>
        <message>
            <source>Needs a &amp;look</source>
            <translation>&amp;Bitte ansehen</translation>
        </message>
        <message>
            <source>Needs a &amp;look (%1)</source>
            <translation>&amp;Bitte ansehen (%1)</translation>
        </message>
        <message>
            <source>Next screenshot</source>
            <translation>Nächstes Bildschirmfoto</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation>Nächster Abschnitt</translation>
        </message>
        <message>
            <source>Nothing was lost; try again.</source>
            <translation>Nichts ging verloren; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Previous screenshot</source>
            <translation>Vorheriges Bildschirmfoto</translation>
        </message>
        <message>
            <source>Previous segment</source>
            <translation>Vorheriger Abschnitt</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Neu &amp;laden</translation>
        </message>
        <message>
            <source>Read the vault again</source>
            <translation>Den Tresor neu lesen</translation>
        </message>
        <message>
            <source>Remove the sensitive flag</source>
            <translation>Die Vertraulich-Markierung entfernen</translation>
        </message>
        <message>
            <source>Review captures</source>
            <translation>Aufzeichnungen prüfen</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>&amp;Zustand:</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Search typed text and titles</source>
            <translation>Getippten Text und Titel durchsuchen</translation>
        </message>
        <message>
            <source>Search typed text and window titles  (Ctrl+F)</source>
            <translation>Getippten Text und Fenstertitel durchsuchen  (Strg+F)</translation>
        </message>
        <message>
            <source>Show only segments in this state</source>
            <translation>Nur Abschnitte in diesem Zustand zeigen</translation>
        </message>
        <message>
            <source>Show only this application</source>
            <translation>Nur diese Anwendung zeigen</translation>
        </message>
        <message>
            <source>Show only this day</source>
            <translation>Nur diesen Tag zeigen</translation>
        </message>
        <message>
            <source>Something went wrong while reading or changing the vault.</source>
            <translation>Beim Lesen oder Ändern des Tresors ist etwas schiefgegangen.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>Zeitl&amp;eiste</translation>
        </message>
        <message>
            <source>The timeline of what was captured</source>
            <translation>Die Zeitleiste des Aufgezeichneten</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Summen</translation>
        </message>
        <message>
            <source>Typed text and window titles; Enter searches, Down goes to the results</source>
            <translation>Getippter Text und Fenstertitel; Eingabe sucht, Pfeil nach unten führt zu den Ergebnissen</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>Scan</name>
        <message>
            <source>%1 (waiting: %2)</source>
            <translation>%1 (wartet: %2)</translation>
        </message>
        <message>
            <source>Reading screenshots: %1 of %2</source>
            <translation>Bildschirmfotos werden gelesen: %1 von %2</translation>
        </message>
        <message>
            <source>Screenshots read: %1 of %2</source>
            <translation>Bildschirmfotos gelesen: %1 von %2</translation>
        </message>
        <message>
            <source>no OCR engine here (%1)</source>
            <translation>keine Texterkennung vorhanden (%1)</translation>
        </message>
        <message>
            <source>on battery</source>
            <translation>Akkubetrieb</translation>
        </message>
        <message>
            <source>the policy turns reading screenshots off</source>
            <translation>die Richtlinie schaltet das Lesen von Bildschirmfotos aus</translation>
        </message>
        <message>
            <source>you are working</source>
            <translation>Sie arbeiten gerade</translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>Black out</source>
            <translation>Schwärzen</translation>
        </message>
        <message numerus="yes">
            <source>Black out %n area(s)</source>
            <translation>
                <numerusform>%n Bereich schwärzen</numerusform>
                <numerusform>%n Bereiche schwärzen</numerusform>
            </translation>
        </message>
        <message>
            <source>Black out the drawn areas</source>
            <translation>Die gezeichneten Bereiche schwärzen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Draw rectangles to black out on this screenshot (R)</source>
            <translation>Rechtecke zum Schwärzen auf dieses Bildschirmfoto zeichnen (R)</translation>
        </message>
        <message>
            <source>Every screenshot of the segment with its time; the selected one is shown above</source>
            <translation>Jedes Bildschirmfoto des Abschnitts mit seiner Zeit; das ausgewählte wird oben gezeigt</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>Fit the screenshot in the view (Ctrl+0)</source>
            <translation>Das Bildschirmfoto in die Ansicht einpassen (Strg+0)</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Moves through the segment's time; shows the screenshot of that moment.</source>
            <translation>Bewegt sich durch die Zeit des Abschnitts; zeigt das Bildschirmfoto dieses Moments.</translation>
        </message>
        <message>
            <source>Next screenshot ( ] )</source>
            <translation>Nächstes Bildschirmfoto ( ] )</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>No screenshot</source>
            <translation>Kein Bildschirmfoto</translation>
        </message>
        <message>
            <source>No screenshots in this segment</source>
            <translation>Keine Bildschirmfotos in diesem Abschnitt</translation>
        </message>
        <message>
            <source>Previous screenshot ( [ )</source>
            <translation>Vorheriges Bildschirmfoto ( [ )</translation>
        </message>
        <message>
            <source>Rectangle at %1, %2, %3 by %4 pixels. Arrows move it, Shift+arrows resize it, Enter keeps it, Escape drops it.</source>
            <translation>Rechteck bei %1, %2, %3 mal %4 Pixel. Pfeiltasten verschieben es, Umschalt+Pfeiltasten ändern die Größe, Eingabe behält es, Escape verwirft es.</translation>
        </message>
        <message>
            <source>Redact areas…</source>
            <translation>Bereiche schwärzen…</translation>
        </message>
        <message>
            <source>Remove the drawn rectangles</source>
            <translation>Die gezeichneten Rechtecke entfernen</translation>
        </message>
        <message>
            <source>Replace the stored screenshot with one where the drawn areas are black. The original is not kept.</source>
            <translation>Das gespeicherte Bildschirmfoto durch eines ersetzen, in dem die gezeichneten Bereiche schwarz sind. Das Original wird nicht aufbewahrt.</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Bildschirmfoto</translation>
        </message>
        <message>
            <source>Screenshot %1 of %2, %3 s into the segment</source>
            <translation>Bildschirmfoto %1 von %2, %3 s nach Beginn des Abschnitts</translation>
        </message>
        <message>
            <source>Screenshot position</source>
            <translation>Position des Bildschirmfotos</translation>
        </message>
        <message>
            <source>Screenshots of this segment</source>
            <translation>Bildschirmfotos dieses Abschnitts</translation>
        </message>
        <message>
            <source>Select a segment</source>
            <translation>Wählen Sie einen Abschnitt</translation>
        </message>
        <message>
            <source>The selected screenshot; left clicks are circles, other clicks squares. While redacting, R starts a rectangle.</source>
            <translation>Das ausgewählte Bildschirmfoto; Linksklicks sind Kreise, andere Klicks Quadrate. Beim Schwärzen beginnt R ein Rechteck.</translation>
        </message>
        <message>
            <source>This screenshot could not be read</source>
            <translation>Dieses Bildschirmfoto konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Time in segment</source>
            <translation>Zeit im Abschnitt</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Vergrößern (Strg++)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>Verkleinern (Strg+-)</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Zurück</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source> hours</source>
            <translation> Stunden</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 Stunden</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) (password managers, private browsing, login prompts and your organisation's)</source>
            <translation>
                <numerusform>%n Regel (Passwortmanager, privates Surfen, Anmeldedialoge und die Ihrer Organisation)</numerusform>
                <numerusform>%n Regeln (Passwortmanager, privates Surfen, Anmeldedialoge und die Ihrer Organisation)</numerusform>
            </translation>
        </message>
        <message>
            <source>Add exclusion</source>
            <translation>Ausnahme hinzufügen</translation>
        </message>
        <message>
            <source>Adds the application or title words above to the list</source>
            <translation>Fügt die Anwendung oder die Titelwörter oben zur Liste hinzu</translation>
        </message>
        <message>
            <source>Application to exclude</source>
            <translation>Auszunehmende Anwendung</translation>
        </message>
        <message>
            <source>Applications and windows never recorded, on top of your organisation's</source>
            <translation>Anwendungen und Fenster, die nie aufgezeichnet werden, zusätzlich zu denen Ihrer Organisation</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Wie das System (%1)</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Schließen, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>Exclude</source>
            <translation>Ausnehmen</translation>
        </message>
        <message>
            <source>Exclusions</source>
            <translation>Ausnahmen</translation>
        </message>
        <message>
            <source>Hold before release</source>
            <translation>Wartezeit vor der Freigabe</translation>
        </message>
        <message>
            <source>Hold before release, hours</source>
            <translation>Wartezeit vor der Freigabe, Stunden</translation>
        </message>
        <message>
            <source>How long captures wait before they may leave; at least your organisation's hold</source>
            <translation>Wie lange Aufzeichnungen warten, bevor sie gesendet werden dürfen; mindestens die Frist Ihrer Organisation</translation>
        </message>
        <message>
            <source>How much of what you type is kept; only modes stricter than your organisation's are offered</source>
            <translation>Wie viel von dem, was Sie tippen, gespeichert wird; nur strengere Modi als die Ihrer Organisation werden angeboten</translation>
        </message>
        <message>
            <source>Keeps these choices; capture and release obey them at once</source>
            <translation>Behält diese Auswahl; Aufzeichnung und Freigabe halten sich sofort daran</translation>
        </message>
        <message>
            <source>Keystroke mode for me</source>
            <translation>Tastenmodus für mich</translation>
        </message>
        <message>
            <source>Keystrokes</source>
            <translation>Tastenanschläge</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language of Airlock</source>
            <translation>Sprache von Airlock</translation>
        </message>
        <message>
            <source>My choices (stricter only)</source>
            <translation>Meine Wahl (nur strenger)</translation>
        </message>
        <message>
            <source>My extra exclusions</source>
            <translation>Meine zusätzlichen Ausnahmen</translation>
        </message>
        <message>
            <source>My privacy settings</source>
            <translation>Meine Datenschutzeinstellungen</translation>
        </message>
        <message>
            <source>Never record</source>
            <translation>Nie aufzeichnen</translation>
        </message>
        <message>
            <source>Nothing leaves until I approve it</source>
            <translation>Nichts geht, bevor ich es genehmige</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Require my approval before release</source>
            <translation>Vor der Freigabe meine Genehmigung verlangen</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Von Ihrer Organisation festgelegt</translation>
        </message>
        <message>
            <source>The language of Airlock's windows, menus and notices</source>
            <translation>Die Sprache der Fenster, Menüs und Hinweise von Airlock</translation>
        </message>
        <message>
            <source>Window title words to exclude</source>
            <translation>Auszunehmende Wörter im Fenstertitel</translation>
        </message>
        <message>
            <source>Your organisation sets these values in its signed policy. You can make them stricter for yourself, never looser.</source>
            <translation>Ihre Organisation legt diese Werte in ihrer signierten Richtlinie fest. Sie können sie für sich strenger machen, nie lockerer.</translation>
        </message>
        <message>
            <source>after the hold unless you delete or flag</source>
            <translation>nach der Wartezeit, sofern Sie nicht löschen oder markieren</translation>
        </message>
        <message>
            <source>after you approve</source>
            <translation>nach Ihrer Genehmigung</translation>
        </message>
        <message>
            <source>application, e.g. signal</source>
            <translation>Anwendung, z. B. signal</translation>
        </message>
        <message>
            <source>counts — only how many keys</source>
            <translation>Anzahl — nur wie viele Tasten</translation>
        </message>
        <message>
            <source>full — the text you type</source>
            <translation>vollständig — der Text, den Sie tippen</translation>
        </message>
        <message>
            <source>masked — each character becomes •</source>
            <translation>maskiert — jedes Zeichen wird zu •</translation>
        </message>
        <message>
            <source>none — no keystrokes at all</source>
            <translation>keine — überhaupt keine Tastenanschläge</translation>
        </message>
        <message>
            <source>or words in the window title, e.g. online banking</source>
            <translation>oder Wörter im Fenstertitel, z. B. Onlinebanking</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n Klick</numerusform>
                <numerusform>%n Klicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n Tastenanschlag</numerusform>
                <numerusform>%n Tastenanschläge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n Bildschirmfoto</numerusform>
                <numerusform>%n Bildschirmfotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message>
            <source>Capture stopped: %1</source>
            <translation>Aufzeichnung angehalten: %1</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>%1 gelöscht.</translation>
        </message>
        <message>
            <source>Excluded window in focus (%1): nothing recorded</source>
            <translation>Ausgenommenes Fenster im Vordergrund (%1): nichts wird aufgezeichnet</translation>
        </message>
        <message>
            <source>Excluded window in focus: nothing recorded</source>
            <translation>Ausgenommenes Fenster im Vordergrund: nichts wird aufgezeichnet</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s) as sensitive.</source>
            <translation>
                <numerusform>%n Abschnitt als vertraulich markiert.</numerusform>
                <numerusform>%n Abschnitte als vertraulich markiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not capturing</source>
            <translation>Keine Aufzeichnung</translation>
        </message>
        <message>
            <source>Not capturing: %1</source>
            <translation>Keine Aufzeichnung: %1</translation>
        </message>
        <message>
            <source>Paused until %1</source>
            <translation>Pausiert bis %1</translation>
        </message>
        <message>
            <source>Paused until you resume</source>
            <translation>Pausiert, bis Sie fortsetzen</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>Aufzeichnung läuft</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>the focused window is unknown</source>
            <translation>das Fenster im Vordergrund ist unbekannt</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>unbekannter Grund</translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <source>%1 pauses and resumes from anywhere.</source>
            <translation>%1 pausiert und setzt fort, von überall.</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>%n Abschnitt wartet auf Prüfung</numerusform>
                <numerusform>%n Abschnitte warten auf Prüfung</numerusform>
            </translation>
        </message>
        <message>
            <source>Airlock shows this window instead. Closing it only minimises it: Airlock keeps running, and its controls stay within reach.</source>
            <translation>Airlock zeigt stattdessen dieses Fenster. Schließen minimiert es nur: Airlock läuft weiter, und die Bedienelemente bleiben erreichbar.</translation>
        </message>
        <message>
            <source>Delete recent…</source>
            <translation>Letzte löschen…</translation>
        </message>
        <message>
            <source>Delete what was captured in the last minutes, for good</source>
            <translation>Löscht endgültig, was in den letzten Minuten erfasst wurde</translation>
        </message>
        <message>
            <source>Every bundle that was released, and the log of every decision</source>
            <translation>Jedes freigegebene Paket und das Protokoll jeder Entscheidung</translation>
        </message>
        <message>
            <source>Flag last 15 min…</source>
            <translation>Letzte 15 Min. markieren…</translation>
        </message>
        <message>
            <source>Mark the last 15 minutes as sensitive: they never leave this computer</source>
            <translation>Markiert die letzten 15 Minuten als vertraulich: Sie verlassen diesen Computer nie</translation>
        </message>
        <message>
            <source>My privacy settings…</source>
            <translation>Meine Datenschutzeinstellungen…</translation>
        </message>
        <message>
            <source>No system tray on this desktop</source>
            <translation>Kein Infobereich auf diesem Desktop</translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>In dieser Version nicht verfügbar.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Pause for a while or until a time</source>
            <translation>Für eine Weile oder bis zu einer Uhrzeit pausieren</translation>
        </message>
        <message>
            <source>Pause for…</source>
            <translation>Pausieren für…</translation>
        </message>
        <message>
            <source>Pause until %1</source>
            <translation>Pausieren bis %1</translation>
        </message>
        <message>
            <source>Pause until I resume</source>
            <translation>Pausieren, bis ich fortsetze</translation>
        </message>
        <message>
            <source>Policy and privacy…</source>
            <translation>Richtlinie und Datenschutz…</translation>
        </message>
        <message>
            <source>Quit Airlock</source>
            <translation>Airlock beenden</translation>
        </message>
        <message>
            <source>Record less than the policy allows</source>
            <translation>Weniger aufzeichnen, als die Richtlinie erlaubt</translation>
        </message>
        <message>
            <source>Resume recording</source>
            <translation>Aufzeichnung fortsetzen</translation>
        </message>
        <message>
            <source>Review captures…</source>
            <translation>Aufzeichnungen prüfen…</translation>
        </message>
        <message>
            <source>See everything captured; delete, flag, redact or approve it</source>
            <translation>Alles Erfasste ansehen; löschen, markieren, schwärzen oder freigeben</translation>
        </message>
        <message>
            <source>Stops or restarts recording at once</source>
            <translation>Hält die Aufzeichnung sofort an oder setzt sie fort</translation>
        </message>
        <message>
            <source>Stops recording and closes Airlock</source>
            <translation>Beendet die Aufzeichnung und schließt Airlock</translation>
        </message>
        <message>
            <source>The vault is not available: %1</source>
            <translation>Der Tresor ist nicht verfügbar: %1</translation>
        </message>
        <message>
            <source>What left my computer…</source>
            <translation>Was meinen Computer verlassen hat…</translation>
        </message>
        <message>
            <source>What your organisation's policy records, and your answer to it</source>
            <translation>Was die Richtlinie Ihrer Organisation aufzeichnet, und Ihre Antwort darauf</translation>
        </message>
        <message>
            <source>also paused</source>
            <translation>auch pausiert</translation>
        </message>
        <message>
            <source>also paused until %1</source>
            <translation>auch pausiert bis %1</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n Lücke</numerusform>
                <numerusform>%n Lücken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n Abschnitt</numerusform>
                <numerusform>%n Abschnitte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n zu prüfen</numerusform>
                <numerusform>%n zu prüfen</numerusform>
            </translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Anwendung</translation>
        </message>
        <message>
            <source>Clicks</source>
            <translation>Klicks</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Keystrokes</source>
            <translation>Tastenanschläge</translation>
        </message>
        <message>
            <source>Mouse clicks</source>
            <translation>Mausklicks</translation>
        </message>
        <message>
            <source>Not captured: %1 · %2</source>
            <translation>Nicht aufgezeichnet: %1 · %2</translation>
        </message>
        <message>
            <source>Nothing captured %1: %2</source>
            <translation>Nichts aufgezeichnet %1: %2</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Prüfstatus</translation>
        </message>
        <message>
            <source>Screenshots</source>
            <translation>Bildschirmfotos</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Window title</source>
            <translation>Fenstertitel</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>%n Abschnitt wartet auf Prüfung</numerusform>
                <numerusform>%n Abschnitte warten auf Prüfung</numerusform>
            </translation>
        </message>
        <message>
            <source>Airlock: %1</source>
            <translation>Airlock: %1</translation>
        </message>
        <message>
            <source>Click to pause</source>
            <translation>Klicken zum Pausieren</translation>
        </message>
        <message>
            <source>Click to resume</source>
            <translation>Klicken zum Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>TypedText</name>
        <message>
            <source>About this text</source>
            <translation>Zu diesem Text</translation>
        </message>
        <message>
            <source>Keystrokes are not stored for this application.</source>
            <translation>Für diese Anwendung werden keine Tastenanschläge gespeichert.</translation>
        </message>
        <message>
            <source>Keystrokes in this application are stored masked: characters show as •.</source>
            <translation>Tastenanschläge in dieser Anwendung werden maskiert gespeichert: Zeichen erscheinen als •.</translation>
        </message>
        <message>
            <source>Mask selected text</source>
            <translation>Ausgewählten Text maskieren</translation>
        </message>
        <message>
            <source>Nothing was typed in this segment.</source>
            <translation>In diesem Abschnitt wurde nichts getippt.</translation>
        </message>
        <message>
            <source>Only keystroke counts are stored for this application: there is no text.</source>
            <translation>Für diese Anwendung wird nur die Anzahl der Tastenanschläge gespeichert: Es gibt keinen Text.</translation>
        </message>
        <message>
            <source>Replace the selected characters with • in the vault, and the keystrokes that typed them (Ctrl+M). The original is not kept.</source>
            <translation>Die ausgewählten Zeichen im Tresor durch • ersetzen, ebenso die Tastenanschläge, die sie getippt haben (Strg+M). Das Original wird nicht aufbewahrt.</translation>
        </message>
        <message>
            <source>Select text, then mask it to hide it for good.</source>
            <translation>Wählen Sie Text aus und maskieren Sie ihn, um ihn endgültig zu verbergen.</translation>
        </message>
        <message>
            <source>The text reconstructed from the keystrokes of this segment. Select part of it to mask it.</source>
            <translation>Der aus den Tastenanschlägen dieses Abschnitts wiederhergestellte Text. Wählen Sie einen Teil aus, um ihn zu maskieren.</translation>
        </message>
        <message>
            <source>Typed text</source>
            <translation>Getippter Text</translation>
        </message>
    </context>
</TS>
