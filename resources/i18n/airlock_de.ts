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
        <message>
            <source>%1, %2, %3, %4; %5 bytes</source>
            <translation>%1, %2, %3, %4; %5 Bytes</translation>
        </message>
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
            <source>%n segment(s) (%1)</source>
            <translation>
                <numerusform>%n Abschnitt (%1)</numerusform>
                <numerusform>%n Abschnitte (%1)</numerusform>
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
            <source>Airlock is already running (pid %1); its window was brought forward.</source>
            <translation>Airlock läuft bereits (PID %1); sein Fenster wurde in den Vordergrund geholt.</translation>
        </message>
        <message>
            <source>Airlock is already running without windows (pid %1, %2). Use `airlock status`, `airlock pause` and the other control commands.</source>
            <translation>Airlock läuft bereits ohne Fenster (PID %1, %2). Verwenden Sie `airlock status`, `airlock pause` und die anderen Steuerbefehle.</translation>
        </message>
        <message>
            <source>Airlock is not running. The vault cannot be read: %1</source>
            <translation>Airlock läuft nicht. Der Tresor kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Airlock is not running; the pause applies when it starts.</source>
            <translation>Airlock läuft nicht; die Pause gilt, sobald es startet.</translation>
        </message>
        <message>
            <source>Answer with --redact ID, --flag ID or --dismiss ID (or in the review window: Needs a look).</source>
            <translation>Antworten Sie mit --redact ID, --flag ID oder --dismiss ID (oder im Prüffenster unter „Bitte ansehen“).</translation>
        </message>
        <message numerus="yes">
            <source>Approved %1 of %n segment(s) (flagged and already approved or released ones are left as they are).</source>
            <translation>
                <numerusform>%1 von %n Abschnitt genehmigt (markierte und bereits genehmigte oder freigegebene bleiben, wie sie sind).</numerusform>
                <numerusform>%1 von %n Abschnitten genehmigt (markierte und bereits genehmigte oder freigegebene bleiben, wie sie sind).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Blacked out %n area(s) of screenshot %1.</source>
            <translation>
                <numerusform>%n Bereich von Bildschirmfoto %1 geschwärzt.</numerusform>
                <numerusform>%n Bereiche von Bildschirmfoto %1 geschwärzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one of: %1.</source>
            <translation>Wählen Sie eine davon: %1.</translation>
        </message>
        <message>
            <source>Created the policy-signing key %1:</source>
            <translation>Der Signaturschlüssel für Richtlinien %1 wurde erstellt:</translation>
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
            <source>Dismissed suggestion %1: not sensitive.</source>
            <translation>Hinweis %1 verworfen: nicht vertraulich.</translation>
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
            <source>Flagged segment %1: it will never leave this computer.</source>
            <translation>Abschnitt %1 markiert: Er verlässt diesen Computer nie.</translation>
        </message>
        <message>
            <source>Held back: %1.</source>
            <translation>Zurückgehalten: %1.</translation>
        </message>
        <message>
            <source>Install the policy and its .sig in the managed location, and the public key in its trusted-keys directory.</source>
            <translation>Installieren Sie die Richtlinie und ihre .sig am verwalteten Ort und den öffentlichen Schlüssel in dessen Verzeichnis trusted-keys.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Sprache: %1</translation>
        </message>
        <message>
            <source>Language: as the system (%1)</source>
            <translation>Sprache: wie das System (%1)</translation>
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
        <message>
            <source>No suggestions yet.</source>
            <translation>Noch keine Hinweise.</translation>
        </message>
        <message>
            <source>Not leaving until you answer what was suggested (`airlock suggestions`) or they are read (`airlock scan`):</source>
            <translation>Verlässt diesen Computer erst, wenn Sie auf die Hinweise geantwortet haben (`airlock suggestions`) oder die Bildschirmfotos gelesen sind (`airlock scan`):</translation>
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
            <source>Note: the policy does not say `managed = true`; at the managed location it is enforced anyway.</source>
            <translation>Anmerkung: Die Richtlinie enthält nicht `managed = true`; am verwalteten Ort wird sie trotzdem durchgesetzt.</translation>
        </message>
        <message>
            <source>Nothing has left this computer.</source>
            <translation>Nichts hat diesen Computer verlassen.</translation>
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
            <source>Nothing waits: no suggested moment is open.</source>
            <translation>Nichts wartet: Kein Hinweis ist offen.</translation>
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
            <source>OK: %1 is valid and signed by trusted key %2.</source>
            <translation>OK: %1 ist gültig und mit dem vertrauenswürdigen Schlüssel %2 signiert.</translation>
        </message>
        <message>
            <source>Open %1 to read it.</source>
            <translation>Öffnen Sie %1, um es zu lesen.</translation>
        </message>
        <message>
            <source>Policy hash %1</source>
            <translation>Hash der Richtlinie %1</translation>
        </message>
        <message>
            <source>Policy hash: %1</source>
            <translation>Hash der Richtlinie: %1</translation>
        </message>
        <message>
            <source>Policy in force: %1 (%2)</source>
            <translation>Geltende Richtlinie: %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>Read %1 of %2 screenshots that could still leave; %n suggested moment(s) wait for you (`airlock suggestions`).</source>
            <translation>
                <numerusform>%1 von %2 Bildschirmfotos gelesen, die noch gehen könnten; %n Hinweis wartet auf Sie (`airlock suggestions`).</numerusform>
                <numerusform>%1 von %2 Bildschirmfotos gelesen, die noch gehen könnten; %n Hinweise warten auf Sie (`airlock suggestions`).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading the screenshots of %n segment(s) before they may leave…</source>
            <translation>
                <numerusform>Die Bildschirmfotos von %n Abschnitt werden gelesen, bevor er gehen darf…</numerusform>
                <numerusform>Die Bildschirmfotos von %n Abschnitten werden gelesen, bevor sie gehen dürfen…</numerusform>
            </translation>
        </message>
        <message>
            <source>Recorded for %1 s: %2 events and %3 screenshots stored (%4 not stored: paused, excluded or unknown focus; %5 still on their way when a pause or delete covered them: dropped). State before stopping: %6.</source>
            <translation>%1 s aufgezeichnet: %2 Ereignisse und %3 Bildschirmfotos gespeichert (%4 nicht gespeichert: pausiert, ausgeschlossen oder Fokus unbekannt; %5 noch unterwegs, als eine Pause oder Löschung sie erfasste: verworfen). Zustand vor dem Anhalten: %6.</translation>
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
            <source>Set by the OS's managed settings (%1):</source>
            <translation>Von den verwalteten Einstellungen des Betriebssystems gesetzt (%1):</translation>
        </message>
        <message>
            <source>Signed %1 with key %2; wrote %3.</source>
            <translation>%1 mit dem Schlüssel %2 signiert; %3 geschrieben.</translation>
        </message>
        <message>
            <source>Thank you. Your consent is recorded; recording may start. You can pause at any time.</source>
            <translation>Danke. Ihre Einwilligung ist vermerkt; die Aufzeichnung darf beginnen. Sie können jederzeit pausieren.</translation>
        </message>
        <message>
            <source>The built-in exclusions (password managers, authenticators, private browsing, login prompts)
always apply and are not listed below.</source>
            <translation>Die eingebauten Ausschlüsse (Passwortmanager, Authentifikatoren, privates Surfen, Anmeldedialoge)
gelten immer und sind unten nicht aufgeführt.</translation>
        </message>
        <message>
            <source>The policy changed since you last answered: nothing is recorded until you agree again.</source>
            <translation>Die Richtlinie hat sich seit Ihrer letzten Antwort geändert: Es wird nichts aufgezeichnet, bis Sie erneut zustimmen.</translation>
        </message>
        <message numerus="yes">
            <source>The screenshot reader stopped unexpectedly and was started again (%n time(s)).</source>
            <translation>
                <numerusform>Das Lesen der Bildschirmfotos brach unerwartet ab und wurde neu gestartet (%n Mal).</numerusform>
                <numerusform>Das Lesen der Bildschirmfotos brach unerwartet ab und wurde neu gestartet (%n Mal).</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no translation for “%1”.</source>
            <translation>Für „%1“ gibt es keine Übersetzung.</translation>
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
            <source>WITHDRAWN %1</source>
            <translation>ZURÜCKGEZOGEN %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>What changed since you last answered:</source>
            <translation>Was sich seit Ihrer letzten Antwort geändert hat:</translation>
        </message>
        <message>
            <source>Withdrawal of %1 sent to the destination and recorded. The data team's collector removes it from their dataset.</source>
            <translation>Der Rückzug von %1 wurde an das Ziel gesendet und vermerkt. Der Sammeldienst des Datenteams entfernt es aus seinem Datensatz.</translation>
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
            <source>not signed</source>
            <translation>nicht signiert</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>on screenshot %1</source>
            <translation>auf Bildschirmfoto %1</translation>
        </message>
        <message>
            <source>paused (a pause in force is kept); recording resumes when it ends.</source>
            <translation>pausiert (eine geltende Pause bleibt bestehen); die Aufzeichnung setzt wieder ein, wenn sie endet.</translation>
        </message>
        <message>
            <source>private: %1 (keep it offline; only for `airlock policy sign`)</source>
            <translation>privat: %1 (offline aufbewahren; nur für `airlock policy sign`)</translation>
        </message>
        <message>
            <source>public: %1 (install it in the trusted-keys directory on every machine, e.g. %2/)</source>
            <translation>öffentlich: %1 (auf jedem Rechner im Verzeichnis trusted-keys installieren, z. B. %2/)</translation>
        </message>
        <message>
            <source>recording (headless) for %1 s, input through %2; stop with Ctrl-C or SIGTERM.</source>
            <translation>Aufzeichnung (ohne Fenster) für %1 s, Eingaben über %2; beenden mit Strg-C oder SIGTERM.</translation>
        </message>
        <message>
            <source>recording (headless), input through %1; stop with Ctrl-C or SIGTERM.</source>
            <translation>Aufzeichnung (ohne Fenster), Eingaben über %1; beenden mit Strg-C oder SIGTERM.</translation>
        </message>
        <message>
            <source>screenshot %1</source>
            <translation>Bildschirmfoto %1</translation>
        </message>
        <message>
            <source>segment #%1 %2</source>
            <translation>Abschnitt #%1 %2</translation>
        </message>
        <message>
            <source>segment %1 (%2 — %3), %4: %5</source>
            <translation>Abschnitt %1 (%2 — %3), %4: %5</translation>
        </message>
        <message>
            <source>sha256 %1  receipt etag %2</source>
            <translation>sha256 %1  Quittung etag %2</translation>
        </message>
        <message>
            <source>signed by key %1</source>
            <translation>signiert mit Schlüssel %1</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>typed text or title</source>
            <translation>getippter Text oder Fenstertitel</translation>
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
        <name>Collect</name>
        <message>
            <source>%1/%2 bundles  %3 MB  %4 bundles/s  %5 MB/s</source>
            <translation>%1/%2 Pakete  %3 MB  %4 Pakete/s  %5 MB/s</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n Ereignis</numerusform>
                <numerusform>%n Ereignisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
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
            <source>(%1, %2, %3)</source>
            <translation>(%1, %2, %3)</translation>
        </message>
        <message numerus="yes">
            <source>Collected %n bundle(s) into the lake in %1 s (%2 bundles/s, %3 MB/s); %4 already there, %5 still arriving, %6 rejected, %7 withdrawn.</source>
            <translation>
                <numerusform>%n Paket in %1 s in den Lake übernommen (%2 Pakete/s, %3 MB/s); %4 schon vorhanden, %5 noch unterwegs, %6 abgewiesen, %7 zurückgezogen.</numerusform>
                <numerusform>%n Pakete in %1 s in den Lake übernommen (%2 Pakete/s, %3 MB/s); %4 schon vorhanden, %5 noch unterwegs, %6 abgewiesen, %7 zurückgezogen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Collector signing key written to %1 (0600: keep it on the collector host) and its public key to %2 (give it to whoever audits the lake's run logs).</source>
            <translation>Signaturschlüssel des Sammeldienstes nach %1 geschrieben (0600: auf dem Rechner des Sammeldienstes aufbewahren), der öffentliche Schlüssel nach %2 (für alle, die die Laufprotokolle des Lakes prüfen).</translation>
        </message>
        <message>
            <source>Device id %1. Give the data team this public key (save as %1.pub in the collector's trusted-devices folder):</source>
            <translation>Geräte-ID %1. Geben Sie dem Datenteam diesen öffentlichen Schlüssel (als %1.pub im Ordner trusted-devices des Sammeldienstes speichern):</translation>
        </message>
        <message>
            <source>Install %1 into the trusted-keys directory beside the managed policy
(e.g. /etc/airlock/trusted-keys/) so signed policies verify (key id %2).</source>
            <translation>Installieren Sie %1 im Verzeichnis trusted-keys neben der verwalteten Richtlinie
(z. B. /etc/airlock/trusted-keys/), damit signierte Richtlinien geprüft werden können (Schlüssel-ID %2).</translation>
        </message>
        <message>
            <source>Object store credentials stored in the keyring.</source>
            <translation>Zugangsdaten für den Objektspeicher im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>Organisation keys written to %1:</source>
            <translation>Schlüssel der Organisation nach %1 geschrieben:</translation>
        </message>
        <message>
            <source>Put this into the policy (policy.toml):</source>
            <translation>Tragen Sie dies in die Richtlinie ein (policy.toml):</translation>
        </message>
        <message>
            <source>Rows added: %1.</source>
            <translation>Hinzugefügte Zeilen: %1.</translation>
        </message>
        <message>
            <source>Secret access key: </source>
            <translation>Geheimer Zugriffsschlüssel: </translation>
        </message>
        <message>
            <source>age identity — PRIVATE: only the collector needs it (0600)</source>
            <translation>age-Identität — PRIVAT: nur der Sammeldienst braucht sie (0600)</translation>
        </message>
        <message>
            <source>age recipient (public)</source>
            <translation>age-Empfänger (öffentlich)</translation>
        </message>
        <message>
            <source>already-present</source>
            <translation>schon-vorhanden</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>übergangen</translation>
        </message>
        <message>
            <source>policy signing key — PRIVATE: keep offline (0600)</source>
            <translation>Signaturschlüssel für Richtlinien — PRIVAT: offline aufbewahren (0600)</translation>
        </message>
        <message>
            <source>policy signing public key</source>
            <translation>öffentlicher Signaturschlüssel für Richtlinien</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgewiesen</translation>
        </message>
        <message>
            <source>rejected %1: %2</source>
            <translation>abgewiesen %1: %2</translation>
        </message>
        <message>
            <source>unpacked</source>
            <translation>entpackt</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>zurückgezogen</translation>
        </message>
        <message>
            <source>worker %1: peak %2 MB, run log %3</source>
            <translation>Worker %1: Speicherspitze %2 MB, Laufprotokoll %3</translation>
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
            <source>Airlock's own windows (this one, the review, the settings): what you search for or look at there.</source>
            <translation>Die Fenster von Airlock selbst (dieses, die Prüfung, die Einstellungen): was Sie dort suchen oder ansehen.</translation>
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
        <name>Detectors</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 und %n weiteres</numerusform>
                <numerusform>%1 und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 as the application</source>
            <translation>%1 als Anwendung</translation>
        </message>
        <message>
            <source>%1 in the window title</source>
            <translation>%1 im Fenstertitel</translation>
        </message>
        <message>
            <source>%1 on screen</source>
            <translation>%1 auf dem Bildschirm</translation>
        </message>
        <message>
            <source>%1 typed</source>
            <translation>%1 getippt</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>No display: capture needs a graphical session (DISPLAY is not set).</source>
            <translation>Kein Bildschirm: Die Aufzeichnung braucht eine grafische Sitzung (DISPLAY ist nicht gesetzt).</translation>
        </message>
        <message>
            <source>Wayland session: Wayland does not let applications read other windows' input or screen, so Airlock cannot capture here. Log in with an X11 ("Xorg") session to capture; reviewing and releasing still work.</source>
            <translation>Wayland-Sitzung: Wayland lässt Anwendungen weder Eingaben noch Bildschirm anderer Fenster lesen, daher kann Airlock hier nicht aufzeichnen. Melden Sie sich für die Aufzeichnung mit einer X11-Sitzung („Xorg“) an; Prüfen und Freigeben funktionieren weiterhin.</translation>
        </message>
        <message>
            <source>Windows desktop</source>
            <translation>Windows-Desktop</translation>
        </message>
        <message>
            <source>X11 display %1</source>
            <translation>X11-Bildschirm %1</translation>
        </message>
        <message>
            <source>macOS: needs Input Monitoring, Accessibility and Screen Recording permission</source>
            <translation>macOS: braucht die Berechtigungen Eingabeüberwachung, Bedienungshilfen und Bildschirmaufnahme</translation>
        </message>
    </context>
    <context>
        <name>Doctor</name>
        <message>
            <source>%1 — %2, %3, %4, hash %5</source>
            <translation>%1 — %2, %3, %4, Hash %5</translation>
        </message>
        <message>
            <source>%1 — reads screenshots on this computer for sensitive moments</source>
            <translation>%1 — durchsucht Bildschirmfotos auf diesem Computer nach vertraulichen Stellen</translation>
        </message>
        <message>
            <source>%1 — screenshots not read (the policy turned it off)</source>
            <translation>%1 — Bildschirmfotos werden nicht gelesen (von der Richtlinie abgeschaltet)</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, Zeile %2</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n Anwendung</numerusform>
                <numerusform>%n Anwendungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loaded</source>
            <translation>
                <numerusform>%n geladen</numerusform>
                <numerusform>%n geladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) are due to leave but the destination cannot be reached: %1</source>
            <translation>
                <numerusform>%n Abschnitt soll gehen, aber das Ziel ist nicht erreichbar: %1</numerusform>
                <numerusform>%n Abschnitte sollen gehen, aber das Ziel ist nicht erreichbar: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) due for %1</source>
            <translation>
                <numerusform>%n Abschnitt fällig für %1</numerusform>
                <numerusform>%n Abschnitte fällig für %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) due; %1 answers</source>
            <translation>
                <numerusform>%n Abschnitt fällig; %1 antwortet</numerusform>
                <numerusform>%n Abschnitte fällig; %1 antwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(nicht gesetzt)</translation>
        </message>
        <message>
            <source>Data dir</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Bildschirm</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>Symbole</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>Schlüsselbund</translation>
        </message>
        <message>
            <source>Managed settings read from %1; policy file %2 (location from %3)</source>
            <translation>Verwaltete Einstellungen gelesen aus %1; Richtliniendatei %2 (Ort aus %3)</translation>
        </message>
        <message>
            <source>Not capturing: %1</source>
            <translation>Keine Aufzeichnung: %1</translation>
        </message>
        <message>
            <source>Not capturing: %1 (%2). Run a Secret Service keyring (GNOME Keyring or KWallet) and unlock it.</source>
            <translation>Keine Aufzeichnung: %1 (%2). Starten und entsperren Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet).</translation>
        </message>
        <message>
            <source>Not capturing: the policy was refused. %1</source>
            <translation>Keine Aufzeichnung: Die Richtlinie wurde abgewiesen. %1</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>ABGEWIESEN</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Freigabe</translation>
        </message>
        <message>
            <source>Settings (value, and where it came from):</source>
            <translation>Einstellungen (Wert und woher er stammt):</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>Tresor</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>akzeptiert</translation>
        </message>
        <message>
            <source>built-in default</source>
            <translation>eingebaute Voreinstellung</translation>
        </message>
        <message>
            <source>icons failed to load: %1</source>
            <translation>Symbole konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>managed</source>
            <translation>verwaltet</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>ohne Enddatum</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>keine gefunden</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>nicht geprüft</translation>
        </message>
        <message>
            <source>not checked (no policy or vault)</source>
            <translation>nicht geprüft (keine Richtlinie oder kein Tresor)</translation>
        </message>
        <message>
            <source>not checked: no secure keyring</source>
            <translation>nicht geprüft: kein sicherer Schlüsselbund</translation>
        </message>
        <message>
            <source>not managed</source>
            <translation>nicht verwaltet</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>nicht signiert</translation>
        </message>
        <message>
            <source>nothing due now; destination %1</source>
            <translation>derzeit nichts fällig; Ziel %1</translation>
        </message>
        <message>
            <source>problem: %1</source>
            <translation>Problem: %1</translation>
        </message>
        <message>
            <source>signed by %1</source>
            <translation>signiert von %1</translation>
        </message>
        <message>
            <source>the OS's managed folder</source>
            <translation>der verwaltete Ordner des Betriebssystems</translation>
        </message>
        <message>
            <source>the folder %1 cannot be written to</source>
            <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the folder %1 does not exist (is the share mounted?)</source>
            <translation>der Ordner %1 existiert nicht (ist das Netzlaufwerk eingebunden?)</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>nicht verfügbar</translation>
        </message>
        <message>
            <source>unavailable — screenshots are not read for sensitive moments: %1</source>
            <translation>nicht verfügbar — Bildschirmfotos werden nicht nach vertraulichen Stellen durchsucht: %1</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>gültig bis %1</translation>
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
            <source> ("%1" belongs in [%2])</source>
            <translation> („%1“ gehört nach [%2])</translation>
        </message>
        <message>
            <source> ("%1" is a top-level key: put it before the first [table])</source>
            <translation> („%1“ ist ein Schlüssel der obersten Ebene: Setzen Sie ihn vor die erste [Tabelle])</translation>
        </message>
        <message>
            <source> (did you mean "%1"?)</source>
            <translation> (meinten Sie „%1“?)</translation>
        </message>
        <message>
            <source>"file:///absolute/path" or "s3://bucket/prefix"</source>
            <translation>„file:///absoluter/pfad“ oder „s3://bucket/prefix“</translation>
        </message>
        <message>
            <source>%1 already exists; it was not overwritten.</source>
            <translation>%1 existiert bereits; es wurde nicht überschrieben.</translation>
        </message>
        <message>
            <source>%1 already exists; no keys were written.</source>
            <translation>%1 existiert bereits; es wurden keine Schlüssel geschrieben.</translation>
        </message>
        <message>
            <source>%1 already exists; not overwriting a signing key.</source>
            <translation>%1 existiert bereits; ein Signaturschlüssel wird nicht überschrieben.</translation>
        </message>
        <message>
            <source>%1 exists and is not Airlock's socket; not replacing it.</source>
            <translation>%1 existiert und ist nicht der Socket von Airlock; er wird nicht ersetzt.</translation>
        </message>
        <message>
            <source>%1 is not a duration.</source>
            <translation>%1 ist keine Dauer.</translation>
        </message>
        <message>
            <source>%1 is not a positive whole number</source>
            <translation>%1 ist keine positive ganze Zahl</translation>
        </message>
        <message>
            <source>%1 is not a private directory of yours; the control channel will not use it.</source>
            <translation>%1 ist kein privates Verzeichnis von Ihnen; der Steuerkanal verwendet es nicht.</translation>
        </message>
        <message>
            <source>%1 is not a shard.</source>
            <translation>%1 ist kein Shard.</translation>
        </message>
        <message>
            <source>%1, %2: not valid TOML: %3</source>
            <translation>%1, %2: kein gültiges TOML: %3</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>%1, Zeile %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid base64 Ed25519 value</source>
            <translation>%1: %2 ist kein gültiger Base64-Ed25519-Wert</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: cannot read the collector's signing key (%2).</source>
            <translation>%1: Der Signaturschlüssel des Sammeldienstes kann nicht gelesen werden (%2).</translation>
        </message>
        <message>
            <source>%1: cannot read the organisation's identity (%2).</source>
            <translation>%1: Die Identität der Organisation kann nicht gelesen werden (%2).</translation>
        </message>
        <message>
            <source>%1: cannot read the policy (%2)</source>
            <translation>%1: Die Richtlinie kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: cannot read the public key (%2)</source>
            <translation>%1: Der öffentliche Schlüssel kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: cannot read the signing key (%2)</source>
            <translation>%1: Der Signaturschlüssel kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: must be a DWORD (a whole number), got %2</source>
            <translation>%1: muss ein DWORD (eine ganze Zahl) sein, erhalten: %2</translation>
        </message>
        <message>
            <source>%1: must be a DWORD 1 (on) or 0 (off), got %2</source>
            <translation>%1: muss ein DWORD 1 (ein) oder 0 (aus) sein, erhalten: %2</translation>
        </message>
        <message>
            <source>%1: must be a dictionary</source>
            <translation>%1: muss ein Wörterbuch sein</translation>
        </message>
        <message>
            <source>%1: must be a dictionary of %2 keys</source>
            <translation>%1: muss ein Wörterbuch mit Schlüsseln für %2 sein</translation>
        </message>
        <message>
            <source>%1: must be a number (e.g. 30 or 0.5), got %2</source>
            <translation>%1: muss eine Zahl sein (z. B. 30 oder 0.5), erhalten: %2</translation>
        </message>
        <message>
            <source>%1: must be a string value (REG_SZ), got registry type %2</source>
            <translation>%1: muss ein Zeichenkettenwert (REG_SZ) sein, erhalten: Registry-Typ %2</translation>
        </message>
        <message>
            <source>%1: must hold a dictionary of settings</source>
            <translation>%1: muss ein Wörterbuch mit Einstellungen enthalten</translation>
        </message>
        <message>
            <source>%1: must list numbers separated by commas (e.g. 1,2,3), got %2</source>
            <translation>%1: muss durch Kommas getrennte Zahlen auflisten (z. B. 1,2,3), erhalten: %2</translation>
        </message>
        <message>
            <source>%1: no age X25519 identity (AGE-SECRET-KEY-1…) in this file.</source>
            <translation>%1: keine age-X25519-Identität (AGE-SECRET-KEY-1…) in dieser Datei.</translation>
        </message>
        <message>
            <source>%1: no trusted policy keys are installed in %2, so the signature cannot be checked</source>
            <translation>%1: In %2 sind keine vertrauenswürdigen Richtlinienschlüssel installiert, daher kann die Signatur nicht geprüft werden</translation>
        </message>
        <message>
            <source>%1: not UTF-8 text (byte %2)</source>
            <translation>%1: kein UTF-8-Text (Byte %2)</translation>
        </message>
        <message>
            <source>%1: not a PEM private key.</source>
            <translation>%1: kein privater PEM-Schlüssel.</translation>
        </message>
        <message>
            <source>%1: not a PEM public key</source>
            <translation>%1: kein öffentlicher PEM-Schlüssel</translation>
        </message>
        <message>
            <source>%1: not a PEM public key.</source>
            <translation>%1: kein öffentlicher PEM-Schlüssel.</translation>
        </message>
        <message>
            <source>%1: not a policy file (it is missing or a directory)</source>
            <translation>%1: keine Richtliniendatei (sie fehlt oder ist ein Verzeichnis)</translation>
        </message>
        <message>
            <source>%1: not a valid property list (%2)</source>
            <translation>%1: keine gültige Property-List (%2)</translation>
        </message>
        <message>
            <source>%1: not an Airlock policy signature (format %2)</source>
            <translation>%1: keine Airlock-Richtliniensignatur (Format %2)</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 private key</source>
            <translation>%1: kein privater Ed25519-Schlüssel</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 private key.</source>
            <translation>%1: kein privater Ed25519-Schlüssel.</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 public key</source>
            <translation>%1: kein öffentlicher Ed25519-Schlüssel</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 public key.</source>
            <translation>%1: kein öffentlicher Ed25519-Schlüssel.</translation>
        </message>
        <message>
            <source>%1: not an unencrypted PEM private key</source>
            <translation>%1: kein unverschlüsselter privater PEM-Schlüssel</translation>
        </message>
        <message>
            <source>%1: not valid TOML (%2)</source>
            <translation>%1: kein gültiges TOML (%2)</translation>
        </message>
        <message>
            <source>%1: says managed = true but is not signed (%2 is missing)</source>
            <translation>%1: enthält managed = true, ist aber nicht signiert (%2 fehlt)</translation>
        </message>
        <message>
            <source>%1: signed by key %2, which is not one of the organisation's trusted keys</source>
            <translation>%1: signiert mit dem Schlüssel %2, der nicht zu den vertrauenswürdigen Schlüsseln der Organisation gehört</translation>
        </message>
        <message>
            <source>%1: the policy applied until %2; it has expired, so nothing is captured.</source>
            <translation>%1: Die Richtlinie galt bis %2; sie ist abgelaufen, daher wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>%1: the policy file is too large (over %2 bytes)</source>
            <translation>%1: Die Richtliniendatei ist zu groß (über %2 Bytes)</translation>
        </message>
        <message>
            <source>%1: the policy is not signed (%2 is missing)</source>
            <translation>%1: Die Richtlinie ist nicht signiert (%2 fehlt)</translation>
        </message>
        <message>
            <source>%1: the policy is not text</source>
            <translation>%1: Die Richtlinie ist kein Text</translation>
        </message>
        <message>
            <source>%1: the policy must be a table of keys, got %2</source>
            <translation>%1: Die Richtlinie muss eine Tabelle von Schlüsseln sein, erhalten: %2</translation>
        </message>
        <message>
            <source>%1: the signature does not match the policy file: the policy was changed after it was signed</source>
            <translation>%1: Die Signatur passt nicht zur Richtliniendatei: Die Richtlinie wurde nach dem Signieren geändert</translation>
        </message>
        <message>
            <source>%1: the signature file is damaged (not readable)</source>
            <translation>%1: Die Signaturdatei ist beschädigt (nicht lesbar)</translation>
        </message>
        <message>
            <source>%1: the trusted device keys directory does not exist.</source>
            <translation>%1: Das Verzeichnis der vertrauenswürdigen Geräteschlüssel existiert nicht.</translation>
        </message>
        <message>
            <source>%1: too large (over %2 bytes)</source>
            <translation>%1: zu groß (über %2 Bytes)</translation>
        </message>
        <message>
            <source>%1: unknown key; unknown keys are refused so a typo cannot loosen a rule</source>
            <translation>%1: unbekannter Schlüssel; unbekannte Schlüssel werden abgewiesen, damit ein Tippfehler keine Regel lockern kann</translation>
        </message>
        <message>
            <source>%1: unknown value; unknown keys are refused so a typo cannot loosen a rule</source>
            <translation>%1: unbekannter Wert; unbekannte Schlüssel werden abgewiesen, damit ein Tippfehler keine Regel lockern kann</translation>
        </message>
        <message>
            <source>(%1) Restart Airlock; nothing already stored was lost.</source>
            <translation>(%1) Starten Sie Airlock neu; bereits Gespeichertes ging nicht verloren.</translation>
        </message>
        <message>
            <source>(%1) The shortcut works while Airlock's windows have focus.</source>
            <translation>(%1) Das Tastenkürzel funktioniert, solange die Fenster von Airlock den Fokus haben.</translation>
        </message>
        <message>
            <source>--workers must be at least 1.</source>
            <translation>--workers muss mindestens 1 sein.</translation>
        </message>
        <message>
            <source>A collector with another shard layout (%1) is running on this lake; shard %2 would overlap it.</source>
            <translation>Ein Sammeldienst mit anderer Shard-Aufteilung (%1) läuft auf diesem Lake; Shard %2 würde sich damit überschneiden.</translation>
        </message>
        <message>
            <source>A managed policy is in force on this computer (%1); %2 cannot replace it.</source>
            <translation>Auf diesem Computer gilt eine verwaltete Richtlinie (%1); %2 kann sie nicht ersetzen.</translation>
        </message>
        <message>
            <source>A page of the vault failed its integrity check (it was changed or damaged on disk).</source>
            <translation>Eine Seite des Tresors hat die Integritätsprüfung nicht bestanden (sie wurde auf der Festplatte verändert oder beschädigt).</translation>
        </message>
        <message>
            <source>A screenshot could not be taken.</source>
            <translation>Ein Bildschirmfoto konnte nicht aufgenommen werden.</translation>
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
            <source>Airlock may not write to the release folder (%1).</source>
            <translation>Airlock darf nicht in den Freigabeordner schreiben (%1).</translation>
        </message>
        <message>
            <source>Airlock tries again at the next release run.</source>
            <translation>Airlock versucht es beim nächsten Freigabelauf erneut.</translation>
        </message>
        <message>
            <source>Another application already uses %1 as a shortcut.</source>
            <translation>Eine andere Anwendung verwendet %1 bereits als Tastenkürzel.</translation>
        </message>
        <message>
            <source>Another collector took shard %1 at the same moment.</source>
            <translation>Ein anderer Sammeldienst hat Shard %1 im selben Moment übernommen.</translation>
        </message>
        <message>
            <source>Another process holds this window's mark.</source>
            <translation>Ein anderer Prozess hält die Kennzeichnung dieses Fensters.</translation>
        </message>
        <message>
            <source>Ask IT for the renewed policy (a signed file with a later valid_until).</source>
            <translation>Bitten Sie die IT um die erneuerte Richtlinie (eine signierte Datei mit späterem valid_until).</translation>
        </message>
        <message>
            <source>Ask IT for working write-only credentials and store them with `airlock keys s3-credentials`.</source>
            <translation>Bitten Sie die IT um funktionierende Nur-Schreib-Zugangsdaten und speichern Sie sie mit `airlock keys s3-credentials`.</translation>
        </message>
        <message>
            <source>Ask IT to add the organisation's age recipient (`airlock keys init-org`).</source>
            <translation>Bitten Sie die IT, den age-Empfänger der Organisation einzutragen (`airlock keys init-org`).</translation>
        </message>
        <message>
            <source>Ask IT to check release.destination in the policy.</source>
            <translation>Bitten Sie die IT, release.destination in der Richtlinie zu prüfen.</translation>
        </message>
        <message>
            <source>Ask IT to check the destination; retrying will not help.</source>
            <translation>Bitten Sie die IT, das Ziel zu prüfen; ein erneuter Versuch hilft nicht.</translation>
        </message>
        <message>
            <source>Ask IT to correct the managed setting (Group Policy, MDM profile or /etc/airlock); nothing is captured until it is valid.</source>
            <translation>Bitten Sie die IT, die verwaltete Einstellung zu korrigieren (Gruppenrichtlinie, MDM-Profil oder /etc/airlock); bis sie gültig ist, wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Ask IT to give this computer write access to the folder.</source>
            <translation>Bitten Sie die IT, diesem Computer Schreibzugriff auf den Ordner zu geben.</translation>
        </message>
        <message>
            <source>Ask IT to set release.destination (a folder or s3://bucket/prefix).</source>
            <translation>Bitten Sie die IT, release.destination zu setzen (ein Ordner oder s3://bucket/prefix).</translation>
        </message>
        <message>
            <source>Ask IT to withdraw it at the old destination.</source>
            <translation>Bitten Sie die IT, es am alten Ziel zurückzuziehen.</translation>
        </message>
        <message>
            <source>Ask your IT department for a correctly signed policy. Nothing is captured until then.</source>
            <translation>Bitten Sie Ihre IT-Abteilung um eine korrekt signierte Richtlinie. Bis dahin wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Bundle %1 went to %2, but the policy now names %3.</source>
            <translation>Paket %1 ging an %2, aber die Richtlinie nennt jetzt %3.</translation>
        </message>
        <message>
            <source>Capture cannot run in this session.</source>
            <translation>In dieser Sitzung kann nicht aufgezeichnet werden.</translation>
        </message>
        <message>
            <source>Capture does not run without it: keys could be judged by the wrong window.</source>
            <translation>Ohne ihn läuft keine Aufzeichnung: Tasten könnten dem falschen Fenster zugeordnet werden.</translation>
        </message>
        <message>
            <source>Check %1.</source>
            <translation>Prüfen Sie %1.</translation>
        </message>
        <message>
            <source>Check DISPLAY (%1).</source>
            <translation>Prüfen Sie DISPLAY (%1).</translation>
        </message>
        <message>
            <source>Check DISPLAY.</source>
            <translation>Prüfen Sie DISPLAY.</translation>
        </message>
        <message>
            <source>Check it with `airlock status`.</source>
            <translation>Prüfen Sie es mit `airlock status`.</translation>
        </message>
        <message>
            <source>Check that %1 is writable by you.</source>
            <translation>Prüfen Sie, ob Sie in %1 schreiben dürfen.</translation>
        </message>
        <message>
            <source>Check that it is your own Airlock (`airlock status`).</source>
            <translation>Prüfen Sie, ob es Ihr eigenes Airlock ist (`airlock status`).</translation>
        </message>
        <message>
            <source>Check that the display allows input monitoring (X RECORD extension).</source>
            <translation>Prüfen Sie, ob der Bildschirm die Überwachung von Eingaben erlaubt (X-RECORD-Erweiterung).</translation>
        </message>
        <message>
            <source>Check the keyring with `airlock doctor`.</source>
            <translation>Prüfen Sie den Schlüsselbund mit `airlock doctor`.</translation>
        </message>
        <message>
            <source>Choose an empty directory for new organisation keys.</source>
            <translation>Wählen Sie ein leeres Verzeichnis für neue Schlüssel der Organisation.</translation>
        </message>
        <message>
            <source>Choose another --out directory, or move the old key away first.</source>
            <translation>Wählen Sie ein anderes --out-Verzeichnis oder verschieben Sie zuerst den alten Schlüssel.</translation>
        </message>
        <message>
            <source>Choose another pause shortcut (airlock app --pause-shortcut KEYS).</source>
            <translation>Wählen Sie ein anderes Tastenkürzel für die Pause (airlock app --pause-shortcut KEYS).</translation>
        </message>
        <message>
            <source>Choose another pause shortcut.</source>
            <translation>Wählen Sie ein anderes Tastenkürzel für die Pause.</translation>
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
            <source>Correct the policy file (the format is described in docs/policy-reference.md). Nothing is captured until it is valid.</source>
            <translation>Korrigieren Sie die Richtliniendatei (das Format ist in docs/policy-reference.md beschrieben). Bis sie gültig ist, wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>Could not connect to the X display for keyboard and mouse.</source>
            <translation>Keine Verbindung zum X-Bildschirm für Tastatur und Maus.</translation>
        </message>
        <message>
            <source>Could not connect to the X display to follow the active window.</source>
            <translation>Keine Verbindung zum X-Bildschirm, um dem aktiven Fenster zu folgen.</translation>
        </message>
        <message>
            <source>Could not mark this window as Airlock's own (%1), so a recording could capture it.</source>
            <translation>Dieses Fenster konnte nicht als Airlock-Fenster gekennzeichnet werden (%1); eine Aufzeichnung könnte es erfassen.</translation>
        </message>
        <message>
            <source>Could not open the control channel (%1).</source>
            <translation>Der Steuerkanal konnte nicht geöffnet werden (%1).</translation>
        </message>
        <message>
            <source>Could not reach the running Airlock (%1).</source>
            <translation>Das laufende Airlock ist nicht erreichbar (%1).</translation>
        </message>
        <message>
            <source>Could not read the control token (%1).</source>
            <translation>Das Steuer-Token konnte nicht gelesen werden (%1).</translation>
        </message>
        <message>
            <source>Could not write the control channel's token (%1).</source>
            <translation>Das Token des Steuerkanals konnte nicht geschrieben werden (%1).</translation>
        </message>
        <message>
            <source>Create one with `airlock keys collector-key --out DIR` and pass --signing-key FILE.</source>
            <translation>Erstellen Sie einen mit `airlock keys collector-key --out DIR` und übergeben Sie --signing-key FILE.</translation>
        </message>
        <message>
            <source>Create one with `airlock keys collector-key --out DIR`.</source>
            <translation>Erstellen Sie einen mit `airlock keys collector-key --out DIR`.</translation>
        </message>
        <message>
            <source>Delete the segment instead.</source>
            <translation>Löschen Sie stattdessen den Abschnitt.</translation>
        </message>
        <message>
            <source>Deleted data could not yet be removed from the vault's journal because another reader is active.</source>
            <translation>Gelöschte Daten konnten noch nicht aus dem Journal des Tresors entfernt werden, weil ein anderer Leser aktiv ist.</translation>
        </message>
        <message>
            <source>Draw them on the image.</source>
            <translation>Zeichnen Sie sie auf dem Bild.</translation>
        </message>
        <message>
            <source>Examples: --until 17:00, --until tomorrow, --until "tomorrow 9:00"</source>
            <translation>Beispiele: --until 17:00, --until tomorrow, --until "tomorrow 9:00"</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Falling back to pynput.</source>
            <translation>Es wird auf pynput ausgewichen.</translation>
        </message>
        <message>
            <source>Fix that first (see `airlock doctor`).</source>
            <translation>Beheben Sie das zuerst (siehe `airlock doctor`).</translation>
        </message>
        <message>
            <source>Flag the segment, or mask the typed text in the review window.</source>
            <translation>Markieren Sie den Abschnitt oder maskieren Sie den getippten Text im Prüffenster.</translation>
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
            <source>From a terminal, `airlock search WORDS` finds captured segments.</source>
            <translation>Im Terminal findet `airlock search WORDS` aufgezeichnete Abschnitte.</translation>
        </message>
        <message>
            <source>Give a time later today, or a duration like 30m.</source>
            <translation>Geben Sie eine spätere Uhrzeit von heute an oder eine Dauer wie 30m.</translation>
        </message>
        <message>
            <source>Give each collector its own --shard, or wait for that run to finish (its lease expires %1 s from now).</source>
            <translation>Geben Sie jedem Sammeldienst einen eigenen --shard oder warten Sie, bis dieser Lauf endet (seine Sperre läuft in %1 s ab).</translation>
        </message>
        <message>
            <source>Give each collector its own --shard.</source>
            <translation>Geben Sie jedem Sammeldienst einen eigenen --shard.</translation>
        </message>
        <message>
            <source>Install the collector's extra: pip install 'airlock[lake]'.</source>
            <translation>Installieren Sie das Extra des Sammeldienstes: pip install 'airlock[lake]'.</translation>
        </message>
        <message>
            <source>Install the newer Airlock again; the vault has not been changed.</source>
            <translation>Installieren Sie das neuere Airlock wieder; der Tresor wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Install the organisation's public key in the trusted-keys directory, or re-sign the policy with a trusted key. Nothing is captured until then.</source>
            <translation>Installieren Sie den öffentlichen Schlüssel der Organisation im Verzeichnis trusted-keys oder signieren Sie die Richtlinie mit einem vertrauenswürdigen Schlüssel neu. Bis dahin wird nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>It is retried at the next run; see the log.</source>
            <translation>Es wird beim nächsten Lauf erneut versucht; siehe Protokoll.</translation>
        </message>
        <message>
            <source>It may be shutting down; try again.</source>
            <translation>Es wird vielleicht gerade beendet; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>It may be starting or stopping; try again in a moment.</source>
            <translation>Es startet oder beendet sich vielleicht gerade; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>It may have been deleted meanwhile.</source>
            <translation>Es wurde vielleicht inzwischen gelöscht.</translation>
        </message>
        <message>
            <source>It must be owned by you with mode 0700.</source>
            <translation>Es muss Ihnen gehören und die Rechte 0700 haben.</translation>
        </message>
        <message>
            <source>Its segment or screenshot may have been deleted.</source>
            <translation>Sein Abschnitt oder Bildschirmfoto wurde vielleicht gelöscht.</translation>
        </message>
        <message>
            <source>Keyboard and mouse cannot be captured.</source>
            <translation>Tastatur und Maus können nicht aufgezeichnet werden.</translation>
        </message>
        <message>
            <source>Keyboard and mouse hooks could not be installed.</source>
            <translation>Die Tastatur- und Maus-Hooks konnten nicht installiert werden.</translation>
        </message>
        <message>
            <source>Keyboard and mouse hooks did not start in time.</source>
            <translation>Die Tastatur- und Maus-Hooks sind nicht rechtzeitig gestartet.</translation>
        </message>
        <message>
            <source>Keyboard and mouse hooks stopped while starting.</source>
            <translation>Die Tastatur- und Maus-Hooks haben beim Starten aufgehört.</translation>
        </message>
        <message>
            <source>Lake %1 is not an s3:// URL or a folder.</source>
            <translation>Lake %1 ist weder eine s3://-URL noch ein Ordner.</translation>
        </message>
        <message>
            <source>Lake %1 names no bucket.</source>
            <translation>Lake %1 nennt keinen Bucket.</translation>
        </message>
        <message>
            <source>List segments with the review window.</source>
            <translation>Listen Sie Abschnitte im Prüffenster auf.</translation>
        </message>
        <message>
            <source>Make it private: chmod 700 %1</source>
            <translation>Machen Sie ihn privat: chmod 700 %1</translation>
        </message>
        <message>
            <source>Mount the share and name its local path.</source>
            <translation>Binden Sie das Netzlaufwerk ein und nennen Sie seinen lokalen Pfad.</translation>
        </message>
        <message>
            <source>Mount the share or create the folder; the release is retried later.</source>
            <translation>Binden Sie das Netzlaufwerk ein oder legen Sie den Ordner an; die Freigabe wird später erneut versucht.</translation>
        </message>
        <message>
            <source>No bundle %1 left this computer.</source>
            <translation>Kein Paket %1 hat diesen Computer verlassen.</translation>
        </message>
        <message>
            <source>No object store credentials are in the keyring.</source>
            <translation>Im Schlüsselbund sind keine Zugangsdaten für den Objektspeicher.</translation>
        </message>
        <message>
            <source>No secret access key was given.</source>
            <translation>Es wurde kein geheimer Zugriffsschlüssel angegeben.</translation>
        </message>
        <message>
            <source>No segments were selected.</source>
            <translation>Es wurden keine Abschnitte ausgewählt.</translation>
        </message>
        <message>
            <source>No such segment: %1.</source>
            <translation>Kein solcher Abschnitt: %1.</translation>
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
            <source>Not capturing: writing to the vault failed unexpectedly.</source>
            <translation>Keine Aufzeichnung: Das Schreiben in den Tresor ist unerwartet fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Not recording: consent to the policy in force has not been given.</source>
            <translation>Keine Aufzeichnung: Die Einwilligung zur geltenden Richtlinie liegt nicht vor.</translation>
        </message>
        <message>
            <source>Not recording: this session cannot be captured.</source>
            <translation>Keine Aufzeichnung: Diese Sitzung kann nicht aufgezeichnet werden.</translation>
        </message>
        <message>
            <source>Nothing is sent: there is no consent on record for the policy in force.</source>
            <translation>Es wird nichts gesendet: Für die geltende Richtlinie ist keine Einwilligung vermerkt.</translation>
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
            <source>Open Settings and choose them again; the organisation's policy applies meanwhile.</source>
            <translation>Öffnen Sie die Einstellungen und wählen Sie sie erneut; bis dahin gilt die Richtlinie der Organisation.</translation>
        </message>
        <message>
            <source>Read and accept the policy first (`airlock consent`).</source>
            <translation>Lesen und akzeptieren Sie zuerst die Richtlinie (`airlock consent`).</translation>
        </message>
        <message>
            <source>Read it again with `airlock consent`, then answer.</source>
            <translation>Lesen Sie sie mit `airlock consent` erneut und antworten Sie dann.</translation>
        </message>
        <message>
            <source>Read it with `airlock consent`, then agree with `airlock consent --accept`.</source>
            <translation>Lesen Sie sie mit `airlock consent` und stimmen Sie dann mit `airlock consent --accept` zu.</translation>
        </message>
        <message>
            <source>Recipient %1 in the policy is not a valid age X25519 recipient.</source>
            <translation>Empfänger %1 in der Richtlinie ist kein gültiger age-X25519-Empfänger.</translation>
        </message>
        <message>
            <source>Recipients look like age1… (see `airlock keys init-org`).</source>
            <translation>Empfänger sehen aus wie age1… (siehe `airlock keys init-org`).</translation>
        </message>
        <message>
            <source>Release destination %1 is not a folder or an s3:// URL.</source>
            <translation>Das Freigabeziel %1 ist weder ein Ordner noch eine s3://-URL.</translation>
        </message>
        <message>
            <source>Release destination %1 names no bucket.</source>
            <translation>Das Freigabeziel %1 nennt keinen Bucket.</translation>
        </message>
        <message>
            <source>Release destination %1: only local file:/// URLs are supported.</source>
            <translation>Freigabeziel %1: Nur lokale file:///-URLs werden unterstützt.</translation>
        </message>
        <message>
            <source>Remove %1 and restart Airlock.</source>
            <translation>Entfernen Sie %1 und starten Sie Airlock neu.</translation>
        </message>
        <message>
            <source>Remove %1 to run with your organisation's policy. You can make it stricter in your personal settings, never looser.</source>
            <translation>Entfernen Sie %1, um mit der Richtlinie Ihrer Organisation zu arbeiten. In Ihren persönlichen Einstellungen können Sie sie verschärfen, nie lockern.</translation>
        </message>
        <message>
            <source>Remove it and start again.</source>
            <translation>Entfernen Sie die Datei und starten Sie erneut.</translation>
        </message>
        <message>
            <source>Remove the public bucket policy or ACL (docs/deploying.md gives the lake's bucket policy: only the collector role writes it, only the training role reads it).</source>
            <translation>Entfernen Sie die öffentliche Bucket-Richtlinie oder ACL (docs/deploying.md nennt die Bucket-Richtlinie des Lakes: Nur die Rolle des Sammeldienstes schreibt, nur die Trainingsrolle liest).</translation>
        </message>
        <message>
            <source>Restart Airlock to write a new one.</source>
            <translation>Starten Sie Airlock neu, um ein neues zu schreiben.</translation>
        </message>
        <message>
            <source>Run `airlock` for the desktop app with its tray icon.</source>
            <translation>Starten Sie `airlock` für die Desktop-App mit ihrem Symbol im Infobereich.</translation>
        </message>
        <message>
            <source>Run every collector of a lake with the same shard count (--shard i/N).</source>
            <translation>Betreiben Sie alle Sammeldienste eines Lakes mit derselben Shard-Anzahl (--shard i/N).</translation>
        </message>
        <message>
            <source>Run it from your desktop, or use `airlock record --headless` and the control commands.</source>
            <translation>Starten Sie es von Ihrem Desktop aus oder verwenden Sie `airlock record --headless` und die Steuerbefehle.</translation>
        </message>
        <message>
            <source>Run the collector from a pip installation: pip install 'airlock[lake]'.</source>
            <translation>Betreiben Sie den Sammeldienst aus einer pip-Installation: pip install 'airlock[lake]'.</translation>
        </message>
        <message>
            <source>Save each device's key (`airlock keys device` on that device) into it.</source>
            <translation>Speichern Sie darin den Schlüssel jedes Geräts (`airlock keys device` auf diesem Gerät).</translation>
        </message>
        <message>
            <source>Screenshots cannot be read here: %1.</source>
            <translation>Bildschirmfotos können hier nicht gelesen werden: %1.</translation>
        </message>
        <message>
            <source>Screenshots cannot be taken.</source>
            <translation>Bildschirmfotos können nicht aufgenommen werden.</translation>
        </message>
        <message>
            <source>Sealing the bundle failed (%1).</source>
            <translation>Das Versiegeln des Pakets ist fehlgeschlagen (%1).</translation>
        </message>
        <message>
            <source>See `airlock releases`.</source>
            <translation>Siehe `airlock releases`.</translation>
        </message>
        <message>
            <source>Select some typed text to mask.</source>
            <translation>Wählen Sie getippten Text zum Maskieren aus.</translation>
        </message>
        <message>
            <source>Shard %1 of the lake is being collected by another collector (host %2, process %3, run %4).</source>
            <translation>Shard %1 des Lakes wird von einem anderen Sammeldienst übernommen (Rechner %2, Prozess %3, Lauf %4).</translation>
        </message>
        <message>
            <source>Shorten it.</source>
            <translation>Kürzen Sie sie.</translation>
        </message>
        <message>
            <source>Sign it with `airlock policy sign --key KEY FILE`, or set managed = false to evaluate it.</source>
            <translation>Signieren Sie sie mit `airlock policy sign --key KEY FILE` oder setzen Sie managed = false, um sie zu erproben.</translation>
        </message>
        <message>
            <source>Sign it with `airlock policy sign --key KEY FILE`.</source>
            <translation>Signieren Sie sie mit `airlock policy sign --key KEY FILE`.</translation>
        </message>
        <message>
            <source>Start Airlock once to create it.</source>
            <translation>Starten Sie Airlock einmal, um ihn anzulegen.</translation>
        </message>
        <message>
            <source>Store the write-only credentials IT gave you with `airlock keys s3-credentials`.</source>
            <translation>Speichern Sie die Nur-Schreib-Zugangsdaten der IT mit `airlock keys s3-credentials`.</translation>
        </message>
        <message>
            <source>Switch on Airlock in System Settings › Privacy &amp; Security › Input Monitoring.</source>
            <translation>Schalten Sie Airlock unter Systemeinstellungen › Datenschutz &amp; Sicherheit › Eingabeüberwachung ein.</translation>
        </message>
        <message>
            <source>That screenshot no longer exists.</source>
            <translation>Dieses Bildschirmfoto existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That segment no longer exists.</source>
            <translation>Dieser Abschnitt existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That suggestion no longer exists.</source>
            <translation>Dieser Hinweis existiert nicht mehr.</translation>
        </message>
        <message>
            <source>That suggestion was already answered (%1).</source>
            <translation>Dieser Hinweis wurde bereits beantwortet (%1).</translation>
        </message>
        <message>
            <source>That time has already passed.</source>
            <translation>Diese Uhrzeit ist bereits vorbei.</translation>
        </message>
        <message>
            <source>The Windows registry exists only on Windows.</source>
            <translation>Die Windows-Registry gibt es nur unter Windows.</translation>
        </message>
        <message>
            <source>The X display cannot be reached for the global shortcut.</source>
            <translation>Der X-Bildschirm ist für das systemweite Tastenkürzel nicht erreichbar.</translation>
        </message>
        <message>
            <source>The X server has no RECORD extension.</source>
            <translation>Der X-Server hat keine RECORD-Erweiterung.</translation>
        </message>
        <message>
            <source>The active window cannot be observed.</source>
            <translation>Das aktive Fenster kann nicht beobachtet werden.</translation>
        </message>
        <message>
            <source>The background release failed unexpectedly.</source>
            <translation>Die Freigabe im Hintergrund ist unerwartet fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The bucket %1 does not exist at the object store.</source>
            <translation>Der Bucket %1 existiert im Objektspeicher nicht.</translation>
        </message>
        <message>
            <source>The connection to the running Airlock failed (%1).</source>
            <translation>Die Verbindung zum laufenden Airlock ist fehlgeschlagen (%1).</translation>
        </message>
        <message>
            <source>The control channel did not prove it is Airlock; refusing to talk to it.</source>
            <translation>Der Steuerkanal hat nicht nachgewiesen, dass er zu Airlock gehört; die Verbindung wird verweigert.</translation>
        </message>
        <message>
            <source>The control socket path is too long for this system: %1</source>
            <translation>Der Pfad des Steuer-Sockets ist für dieses System zu lang: %1</translation>
        </message>
        <message>
            <source>The control token is damaged.</source>
            <translation>Das Steuer-Token ist beschädigt.</translation>
        </message>
        <message>
            <source>The control token is not private to you; refusing to use it.</source>
            <translation>Das Steuer-Token ist nicht nur für Sie lesbar; es wird nicht verwendet.</translation>
        </message>
        <message>
            <source>The desktop app needs a graphical session: %1</source>
            <translation>Die Desktop-App braucht eine grafische Sitzung: %1</translation>
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
            <source>The hold period is as long as retention: segments are deleted before they could leave.</source>
            <translation>Die Wartezeit ist so lang wie die Aufbewahrungsdauer: Abschnitte werden gelöscht, bevor sie gehen könnten.</translation>
        </message>
        <message>
            <source>The key %1 does not exist on this keyboard layout.</source>
            <translation>Die Taste %1 gibt es in dieser Tastaturbelegung nicht.</translation>
        </message>
        <message>
            <source>The keyring did not keep Airlock's key.</source>
            <translation>Der Schlüsselbund hat den Schlüssel von Airlock nicht behalten.</translation>
        </message>
        <message>
            <source>The keyring did not keep the device signing key.</source>
            <translation>Der Schlüsselbund hat den Signaturschlüssel des Geräts nicht behalten.</translation>
        </message>
        <message>
            <source>The lake bucket %1 allows anonymous read: %2. Nothing was written into it.</source>
            <translation>Der Lake-Bucket %1 erlaubt anonymes Lesen: %2. Es wurde nichts hineingeschrieben.</translation>
        </message>
        <message>
            <source>The lake folder %1 can be read by every account on this machine (mode %2). Nothing was written into it.</source>
            <translation>Der Lake-Ordner %1 ist für jedes Konto auf diesem Rechner lesbar (Rechte %2). Es wurde nichts hineingeschrieben.</translation>
        </message>
        <message>
            <source>The lake output needs the deltalake and pyarrow packages, which are not installed.</source>
            <translation>Die Lake-Ausgabe braucht die Pakete deltalake und pyarrow, die nicht installiert sind.</translation>
        </message>
        <message>
            <source>The lake output signs a run log each run, so it needs the collector's signing key.</source>
            <translation>Die Lake-Ausgabe signiert bei jedem Lauf ein Laufprotokoll und braucht daher den Signaturschlüssel des Sammeldienstes.</translation>
        </message>
        <message>
            <source>The local copy of %1 is shorter than expected.</source>
            <translation>Die lokale Kopie von %1 ist kürzer als erwartet.</translation>
        </message>
        <message>
            <source>The local copy of the bundle is shorter than expected.</source>
            <translation>Die lokale Kopie des Pakets ist kürzer als erwartet.</translation>
        </message>
        <message>
            <source>The note is longer than %1 characters.</source>
            <translation>Die Notiz ist länger als %1 Zeichen.</translation>
        </message>
        <message>
            <source>The object store did not accept %1 after %2 tries (last: %3).</source>
            <translation>Der Objektspeicher hat %1 nach %2 Versuchen nicht angenommen (zuletzt: %3).</translation>
        </message>
        <message>
            <source>The object store of %1 ignores conditional writes (If-None-Match), so concurrent collectors could overwrite each other's Delta commits.</source>
            <translation>Der Objektspeicher von %1 ignoriert bedingte Schreibvorgänge (If-None-Match), daher könnten gleichzeitige Sammeldienste gegenseitig ihre Delta-Commits überschreiben.</translation>
        </message>
        <message>
            <source>The object store refused %1 (%2).</source>
            <translation>Der Objektspeicher hat %1 abgelehnt (%2).</translation>
        </message>
        <message>
            <source>The object store refused %1 (%2): the credentials in the keyring may not write to bucket %3.</source>
            <translation>Der Objektspeicher hat %1 abgelehnt (%2): Die Zugangsdaten im Schlüsselbund dürfen vielleicht nicht in den Bucket %3 schreiben.</translation>
        </message>
        <message>
            <source>The object store request failed (%1).</source>
            <translation>Die Anfrage an den Objektspeicher ist fehlgeschlagen (%1).</translation>
        </message>
        <message>
            <source>The pause is in force, but it could not be saved: %1</source>
            <translation>Die Pause gilt, konnte aber nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The policy names no age recipients: nothing can be sealed, so nothing will be sent.</source>
            <translation>Die Richtlinie nennt keine age-Empfänger: Nichts kann versiegelt werden, daher wird nichts gesendet.</translation>
        </message>
        <message>
            <source>The policy names no recipients, so nothing can be sealed or sent.</source>
            <translation>Die Richtlinie nennt keine Empfänger, daher kann nichts versiegelt oder gesendet werden.</translation>
        </message>
        <message>
            <source>The policy names no release destination.</source>
            <translation>Die Richtlinie nennt kein Freigabeziel.</translation>
        </message>
        <message>
            <source>The policy shown is not the one Airlock runs under.</source>
            <translation>Die angezeigte Richtlinie ist nicht die, unter der Airlock läuft.</translation>
        </message>
        <message>
            <source>The policy you read is not the one the running Airlock uses.</source>
            <translation>Die Richtlinie, die Sie gelesen haben, ist nicht die, die das laufende Airlock verwendet.</translation>
        </message>
        <message>
            <source>The rectangles do not cover any part of the screenshot.</source>
            <translation>Die Rechtecke decken keinen Teil des Bildschirmfotos ab.</translation>
        </message>
        <message>
            <source>The release folder %1 is not available.</source>
            <translation>Der Freigabeordner %1 ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>The release is retried later.</source>
            <translation>Die Freigabe wird später erneut versucht.</translation>
        </message>
        <message>
            <source>The review window needs a graphical session: %1</source>
            <translation>Das Prüffenster braucht eine grafische Sitzung: %1</translation>
        </message>
        <message>
            <source>The running Airlock closed the connection.</source>
            <translation>Das laufende Airlock hat die Verbindung geschlossen.</translation>
        </message>
        <message>
            <source>The running Airlock did not answer in time.</source>
            <translation>Das laufende Airlock hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>The running Airlock is busy with other control connections.</source>
            <translation>Das laufende Airlock ist mit anderen Steuerverbindungen beschäftigt.</translation>
        </message>
        <message>
            <source>The running Airlock refused the command: %1.</source>
            <translation>Das laufende Airlock hat den Befehl abgelehnt: %1.</translation>
        </message>
        <message>
            <source>The running Airlock refused the connection: %1.</source>
            <translation>Das laufende Airlock hat die Verbindung abgelehnt: %1.</translation>
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
            <source>Then run `airlock scan` again.</source>
            <translation>Führen Sie dann `airlock scan` erneut aus.</translation>
        </message>
        <message>
            <source>There is no vault yet.</source>
            <translation>Es gibt noch keinen Tresor.</translation>
        </message>
        <message>
            <source>This installation of Airlock has no lake output.</source>
            <translation>Diese Installation von Airlock hat keine Lake-Ausgabe.</translation>
        </message>
        <message>
            <source>This screenshot could not be decoded, so it cannot be redacted.</source>
            <translation>Dieses Bildschirmfoto konnte nicht dekodiert werden und kann daher nicht geschwärzt werden.</translation>
        </message>
        <message>
            <source>This suggestion has no words on a screenshot to black out.</source>
            <translation>Dieser Hinweis hat keine Wörter auf einem Bildschirmfoto, die geschwärzt werden könnten.</translation>
        </message>
        <message>
            <source>This vault was written by a newer Airlock (schema %1.%2); this version reads schema %3.x.</source>
            <translation>Dieser Tresor wurde von einem neueren Airlock geschrieben (Schema %1.%2); diese Version liest Schema %3.x.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Try again; see the log.</source>
            <translation>Versuchen Sie es erneut; siehe Protokoll.</translation>
        </message>
        <message>
            <source>Unlock or restore the keyring that holds Airlock's key. The vault file was not changed.</source>
            <translation>Entsperren oder stellen Sie den Schlüsselbund wieder her, der den Schlüssel von Airlock enthält. Die Tresordatei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Use a number and a unit: 90s, 30m, 1h, 2d.</source>
            <translation>Geben Sie eine Zahl und eine Einheit an: 90s, 30m, 1h, 2d.</translation>
        </message>
        <message>
            <source>Use a shorter data directory (--data-dir).</source>
            <translation>Verwenden Sie ein kürzeres Datenverzeichnis (--data-dir).</translation>
        </message>
        <message>
            <source>Use a store that supports conditional writes (AWS S3, SeaweedFS, MinIO, Cloudflare R2); the collector's shard leases need them as well as the Delta commits (docs/deploying.md).</source>
            <translation>Verwenden Sie einen Speicher mit bedingten Schreibvorgängen (AWS S3, SeaweedFS, MinIO, Cloudflare R2); die Shard-Sperren des Sammeldienstes brauchen sie ebenso wie die Delta-Commits (docs/deploying.md).</translation>
        </message>
        <message>
            <source>Use file:///path/to/folder or s3://bucket/prefix.</source>
            <translation>Verwenden Sie file:///pfad/zum/ordner oder s3://bucket/prefix.</translation>
        </message>
        <message>
            <source>Use i/N with 0 &lt;= i &lt; N, e.g. --shard 0/2 and --shard 1/2.</source>
            <translation>Verwenden Sie i/N mit 0 &lt;= i &lt; N, z. B. --shard 0/2 und --shard 1/2.</translation>
        </message>
        <message>
            <source>Use s3://bucket/prefix or a local path.</source>
            <translation>Verwenden Sie s3://bucket/prefix oder einen lokalen Pfad.</translation>
        </message>
        <message>
            <source>Use s3://bucket/prefix.</source>
            <translation>Verwenden Sie s3://bucket/prefix.</translation>
        </message>
        <message>
            <source>Use the identity written by `airlock keys init-org`.</source>
            <translation>Verwenden Sie die Identität, die `airlock keys init-org` geschrieben hat.</translation>
        </message>
        <message>
            <source>Vault locked: the vault exists but its key is not in the keyring.</source>
            <translation>Tresor gesperrt: Der Tresor existiert, aber sein Schlüssel ist nicht im Schlüsselbund.</translation>
        </message>
        <message>
            <source>Windows refused the focus-change hook (SetWinEventHook).</source>
            <translation>Windows hat den Hook für Fokuswechsel abgelehnt (SetWinEventHook).</translation>
        </message>
        <message>
            <source>Writing to the release folder failed (%1).</source>
            <translation>Das Schreiben in den Freigabeordner ist fehlgeschlagen (%1).</translation>
        </message>
        <message>
            <source>Your personal settings are damaged: %1</source>
            <translation>Ihre persönlichen Einstellungen sind beschädigt: %1</translation>
        </message>
        <message>
            <source>`airlock record` runs without windows only: add --headless.</source>
            <translation>`airlock record` läuft nur ohne Fenster: Fügen Sie --headless hinzu.</translation>
        </message>
        <message>
            <source>a sensitive word must be 1 to %1 characters</source>
            <translation>ein vertrauliches Wort muss 1 bis %1 Zeichen lang sein</translation>
        </message>
        <message>
            <source>abandoning the upload</source>
            <translation>den Abbruch des Hochladens</translation>
        </message>
        <message>
            <source>an exclusion must be an object</source>
            <translation>ein Ausschluss muss ein Objekt sein</translation>
        </message>
        <message>
            <source>an exclusion needs a name</source>
            <translation>ein Ausschluss braucht einen Namen</translation>
        </message>
        <message>
            <source>an http(s) URL like "https://s3.example.com"</source>
            <translation>eine http(s)-URL wie „https://s3.example.com“</translation>
        </message>
        <message>
            <source>application name must not be empty</source>
            <translation>der Anwendungsname darf nicht leer sein</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>das Löschen</translation>
        </message>
        <message>
            <source>download</source>
            <translation>das Herunterladen</translation>
        </message>
        <message>
            <source>end of file</source>
            <translation>Dateiende</translation>
        </message>
        <message>
            <source>extra_exclusions must be a list</source>
            <translation>extra_exclusions muss eine Liste sein</translation>
        </message>
        <message>
            <source>finishing the upload</source>
            <translation>den Abschluss des Hochladens</translation>
        </message>
        <message>
            <source>is ambiguous (%1); escape it, e.g. \[ for a literal [</source>
            <translation>ist mehrdeutig (%1); maskieren Sie es, z. B. \[ für ein wörtliches [</translation>
        </message>
        <message>
            <source>is not a language code (use e.g. "en", "de", "pt_BR")</source>
            <translation>ist kein Sprachcode (verwenden Sie z. B. „en“, „de“, „pt_BR“)</translation>
        </message>
        <message>
            <source>is not a valid regular expression (%1)</source>
            <translation>ist kein gültiger regulärer Ausdruck (%1)</translation>
        </message>
        <message>
            <source>is required but missing</source>
            <translation>ist erforderlich, fehlt aber</translation>
        </message>
        <message>
            <source>keyring locked or unavailable</source>
            <translation>Schlüsselbund gesperrt oder nicht verfügbar</translation>
        </message>
        <message>
            <source>keystroke_per_app must be an object</source>
            <translation>keystroke_per_app muss ein Objekt sein</translation>
        </message>
        <message>
            <source>language must be a language code</source>
            <translation>language muss ein Sprachcode sein</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>listing</source>
            <translation>das Auflisten</translation>
        </message>
        <message>
            <source>listing folders</source>
            <translation>das Auflisten der Ordner</translation>
        </message>
        <message>
            <source>listing versions</source>
            <translation>das Auflisten der Versionen</translation>
        </message>
        <message>
            <source>macOS has not allowed Airlock to monitor input, so %1 works only in Airlock's own windows.</source>
            <translation>macOS hat Airlock die Überwachung von Eingaben nicht erlaubt, daher funktioniert %1 nur in den Fenstern von Airlock.</translation>
        </message>
        <message>
            <source>must be "file:///absolute/path" or "s3://bucket/prefix", got %1</source>
            <translation>muss „file:///absoluter/pfad“ oder „s3://bucket/prefix“ sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be %1, got %2</source>
            <translation>muss %1 sein, erhalten: %2</translation>
        </message>
        <message>
            <source>must be a date like 2027-06-30, got %1</source>
            <translation>muss ein Datum wie 2027-06-30 sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be a list of age recipients ("age1..."), got %1</source>
            <translation>muss eine Liste von age-Empfängern („age1...“) sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be a list of at most %1 "category: word" entries, got %2</source>
            <translation>muss eine Liste von höchstens %1 Einträgen „Kategorie: Wort“ sein, erhalten: %2</translation>
        </message>
        <message>
            <source>must be a list of tables ([[exclusions]])</source>
            <translation>muss eine Liste von Tabellen sein ([[exclusions]])</translation>
        </message>
        <message>
            <source>must be a non-empty list of weekdays 1 (Monday) to 7 (Sunday), got %1</source>
            <translation>muss eine nicht leere Liste von Wochentagen 1 (Montag) bis 7 (Sonntag) sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be a number above %1 to %2, got %3</source>
            <translation>muss eine Zahl über %1 bis %2 sein, erhalten: %3</translation>
        </message>
        <message>
            <source>must be a number from %1 to %2, got %3</source>
            <translation>muss eine Zahl von %1 bis %2 sein, erhalten: %3</translation>
        </message>
        <message>
            <source>must be a shortcut like "Ctrl+Alt+P" (%1)</source>
            <translation>muss ein Tastenkürzel wie „Ctrl+Alt+P“ sein (%1)</translation>
        </message>
        <message>
            <source>must be a string, got %1</source>
            <translation>muss eine Zeichenkette sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be a table ([%1]), got %2</source>
            <translation>muss eine Tabelle sein ([%1]), erhalten: %2</translation>
        </message>
        <message>
            <source>must be a time in whole minutes like "09:00", got %1</source>
            <translation>muss eine Uhrzeit in ganzen Minuten wie „09:00“ sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be a time like "09:00", got %1</source>
            <translation>muss eine Uhrzeit wie „09:00“ sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2, got %3</source>
            <translation>muss eine ganze Zahl von %1 bis %2 sein, erhalten: %3</translation>
        </message>
        <message>
            <source>must be an http(s) URL like "https://s3.example.com", got %1</source>
            <translation>muss eine http(s)-URL wie „https://s3.example.com“ sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>muss ein Objekt sein</translation>
        </message>
        <message>
            <source>must be one of %1, got %2</source>
            <translation>muss eines von %1 sein, erhalten: %2</translation>
        </message>
        <message>
            <source>must be true or false, got %1</source>
            <translation>muss true oder false sein, erhalten: %1</translation>
        </message>
        <message>
            <source>must differ from start</source>
            <translation>muss sich von start unterscheiden</translation>
        </message>
        <message>
            <source>must hold "category: word" or "category: re:&lt;regex&gt;" entries, got %1</source>
            <translation>muss Einträge „category: word“ oder „category: re:&lt;regex&gt;“ enthalten, erhalten: %1</translation>
        </message>
        <message>
            <source>must hold age X25519 recipients ("age1" and 58 more characters), got %1</source>
            <translation>muss age-X25519-Empfänger enthalten („age1“ und 58 weitere Zeichen), erhalten: %1</translation>
        </message>
        <message>
            <source>must list weekdays 1 (Monday) to 7 (Sunday), got %1</source>
            <translation>muss Wochentage 1 (Montag) bis 7 (Sonntag) auflisten, erhalten: %1</translation>
        </message>
        <message>
            <source>must name a valid S3 bucket (3-63 lowercase letters, digits, dots, hyphens), got %1</source>
            <translation>muss einen gültigen S3-Bucket nennen (3–63 Kleinbuchstaben, Ziffern, Punkte, Bindestriche), erhalten: %1</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>needs an app_pattern or a title_pattern (a rule with neither would match every window)</source>
            <translation>braucht ein app_pattern oder ein title_pattern (eine Regel ohne beides träfe auf jedes Fenster zu)</translation>
        </message>
        <message>
            <source>no Tesseract models for %1 found: install the Debian packages %2</source>
            <translation>keine Tesseract-Modelle für %1 gefunden: Installieren Sie die Debian-Pakete %2</translation>
        </message>
        <message>
            <source>no keyring backend is available</source>
            <translation>kein Schlüsselbund-Backend verfügbar</translation>
        </message>
        <message>
            <source>no vault yet (created on first capture)</source>
            <translation>noch kein Tresor (wird bei der ersten Aufzeichnung angelegt)</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>nicht geöffnet</translation>
        </message>
        <message>
            <source>part %1 of %2</source>
            <translation>Teil %1 von %2</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>Richtlinie</translation>
        </message>
        <message>
            <source>reading a lake object</source>
            <translation>das Lesen eines Lake-Objekts</translation>
        </message>
        <message>
            <source>reading the bucket's versioning</source>
            <translation>das Lesen der Versionierung des Buckets</translation>
        </message>
        <message>
            <source>repeats "%1" (names are case-insensitive, ".exe" ignored)</source>
            <translation>wiederholt „%1“ (Groß-/Kleinschreibung zählt nicht, „.exe“ wird ignoriert)</translation>
        </message>
        <message>
            <source>secure OS keyring</source>
            <translation>sicherer Schlüsselbund des Betriebssystems</translation>
        </message>
        <message>
            <source>sensitive_words must be a list of at most %1</source>
            <translation>sensitive_words muss eine Liste mit höchstens %1 Einträgen sein</translation>
        </message>
        <message>
            <source>starting the upload</source>
            <translation>den Beginn des Hochladens</translation>
        </message>
        <message>
            <source>the Python package tesserocr is missing: pip install tesserocr, and install the Debian packages %1</source>
            <translation>das Python-Paket tesserocr fehlt: pip install tesserocr, und installieren Sie die Debian-Pakete %1</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>die Festplatte ist voll</translation>
        </message>
        <message>
            <source>the keyring could not be loaded (%1)</source>
            <translation>der Schlüsselbund konnte nicht geladen werden (%1)</translation>
        </message>
        <message>
            <source>the keyring's key does not open the vault</source>
            <translation>der Schlüssel aus dem Schlüsselbund öffnet den Tresor nicht</translation>
        </message>
        <message>
            <source>the policy cannot be used</source>
            <translation>die Richtlinie kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>the upload</source>
            <translation>das Hochladen</translation>
        </message>
        <message>
            <source>the vault is damaged</source>
            <translation>der Tresor ist beschädigt</translation>
        </message>
        <message>
            <source>the vault is from a newer Airlock</source>
            <translation>der Tresor stammt von einem neueren Airlock</translation>
        </message>
        <message>
            <source>the vault is in use by another process</source>
            <translation>der Tresor wird von einem anderen Prozess verwendet</translation>
        </message>
        <message>
            <source>this keyring backend does not keep secrets safe</source>
            <translation>dieses Schlüsselbund-Backend bewahrt Geheimnisse nicht sicher auf</translation>
        </message>
        <message>
            <source>unknown exclusion keys %1</source>
            <translation>unbekannte Ausschluss-Schlüssel %1</translation>
        </message>
        <message>
            <source>unknown key%1; unknown keys are refused so a typo cannot loosen a rule</source>
            <translation>unbekannter Schlüssel%1; unbekannte Schlüssel werden abgewiesen, damit ein Tippfehler keine Regel lockern kann</translation>
        </message>
        <message>
            <source>unknown position</source>
            <translation>unbekannte Position</translation>
        </message>
        <message>
            <source>unknown settings %1</source>
            <translation>unbekannte Einstellungen %1</translation>
        </message>
        <message>
            <source>vault locked (its key is not in the keyring)</source>
            <translation>Tresor gesperrt (sein Schlüssel ist nicht im Schlüsselbund)</translation>
        </message>
        <message>
            <source>vault locked: the key is not in the keyring</source>
            <translation>Tresor gesperrt: Der Schlüssel ist nicht im Schlüsselbund</translation>
        </message>
        <message>
            <source>vault opens with the key from the keyring</source>
            <translation>Tresor lässt sich mit dem Schlüssel aus dem Schlüsselbund öffnen</translation>
        </message>
        <message>
            <source>writing a lake object</source>
            <translation>das Schreiben eines Lake-Objekts</translation>
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
        <message numerus="yes">
            <source>%n screenshot(s) not yet read for sensitive moments. Airlock reads them while you pause for a moment on mains power; it leaves once they are read.</source>
            <translation>
                <numerusform>%n Bildschirmfoto noch nicht auf vertrauliche Stellen gelesen. Airlock liest es, wenn Sie am Stromnetz kurz innehalten; der Abschnitt geht erst, wenn es gelesen ist.</numerusform>
                <numerusform>%n Bildschirmfotos noch nicht auf vertrauliche Stellen gelesen. Airlock liest sie, wenn Sie am Stromnetz kurz innehalten; der Abschnitt geht erst, wenn sie gelesen sind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggested sensitive moment(s) in it wait for your answer under Needs a look; it stays here until you answer.</source>
            <translation>
                <numerusform>%n vorgeschlagene vertrauliche Stelle darin wartet unter „Bitte ansehen“ auf Ihre Antwort; bis dahin bleibt der Abschnitt hier.</numerusform>
                <numerusform>%n vorgeschlagene vertrauliche Stellen darin warten unter „Bitte ansehen“ auf Ihre Antwort; bis dahin bleibt der Abschnitt hier.</numerusform>
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
            <source>Approved · needs a look</source>
            <translation>Genehmigt · bitte ansehen</translation>
        </message>
        <message>
            <source>Approved · not yet read</source>
            <translation>Genehmigt · noch nicht gelesen</translation>
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
            <source>Being recorded</source>
            <translation>Wird aufgezeichnet</translation>
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
            <source>Held · needs a look</source>
            <translation>Zurückgehalten · bitte ansehen</translation>
        </message>
        <message>
            <source>Held · needs approval</source>
            <translation>Zurückgehalten · braucht Genehmigung</translation>
        </message>
        <message>
            <source>Held · not yet read</source>
            <translation>Zurückgehalten · noch nicht gelesen</translation>
        </message>
        <message>
            <source>Its typed text is not yet read for sensitive moments. Airlock reads it while you pause for a moment on mains power; it leaves once it is read.</source>
            <translation>Sein getippter Text ist noch nicht auf vertrauliche Stellen gelesen. Airlock liest ihn, wenn Sie am Stromnetz kurz innehalten; er geht erst, wenn er gelesen ist.</translation>
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
            <source>Still being recorded: it can leave only after it ends and its hold is over.</source>
            <translation>Wird noch aufgezeichnet: Er kann erst gehen, wenn er zu Ende ist und seine Wartezeit vorbei ist.</translation>
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
            <source>Reading screenshots stopped (%1); starting again</source>
            <translation>Lesen der Bildschirmfotos abgebrochen (%1); startet erneut</translation>
        </message>
        <message>
            <source>Reading screenshots: %1 of %2</source>
            <translation>Bildschirmfotos werden gelesen: %1 von %2</translation>
        </message>
        <message>
            <source>Screenshots are not read: %1</source>
            <translation>Bildschirmfotos werden nicht gelesen: %1</translation>
        </message>
        <message>
            <source>Screenshots read: %1 of %2</source>
            <translation>Bildschirmfotos gelesen: %1 von %2</translation>
        </message>
        <message>
            <source>capture is paused</source>
            <translation>Aufnahme pausiert</translation>
        </message>
        <message>
            <source>ended by signal %1</source>
            <translation>beendet durch Signal %1</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>Exit-Code %1</translation>
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
