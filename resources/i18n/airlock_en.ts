<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActivityLog</name>
        <message numerus="yes">
            <source>✔ The log is intact: %n entries, each linked to the one before.</source>
            <translation>
                <numerusform>✔ The log is intact: %n entry, each linked to the one before.</numerusform>
                <numerusform>✔ The log is intact: %n entries, each linked to the one before.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%1/%n segment(s)</source>
            <translation>
                <numerusform>%1/%n segment</numerusform>
                <numerusform>%1/%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approved segment(s) were sealed and sent. See “What left my computer…”.</source>
            <translation>
                <numerusform>%n approved segment was sealed and sent. See “What left my computer…”.</numerusform>
                <numerusform>%n approved segments were sealed and sent. See “What left my computer…”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s)</source>
            <translation>
                <numerusform>%n bundle</numerusform>
                <numerusform>%n bundles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n keystroke</numerusform>
                <numerusform>%n keystrokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look before the next release.</source>
            <translation>
                <numerusform>%n moment needs a look before the next release.</numerusform>
                <numerusform>%n moments need a look before the next release.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) (%1)</source>
            <translation>
                <numerusform>%n segment (%1)</numerusform>
                <numerusform>%n segments (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) wait for review.</source>
            <translation>
                <numerusform>%n segment waits for review.</numerusform>
                <numerusform>%n segments wait for review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Approved %1 of %n segment(s) (flagged and already approved or released ones are left as they are).</source>
            <translation>
                <numerusform>Approved %1 of %n segment (flagged and already approved or released ones are left as they are).</numerusform>
                <numerusform>Approved %1 of %n segments (flagged and already approved or released ones are left as they are).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Blacked out %n area(s) of screenshot %1.</source>
            <translation>
                <numerusform>Blacked out %n area of screenshot %1.</numerusform>
                <numerusform>Blacked out %n areas of screenshot %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s) of the last %1 as sensitive (%2): they will never leave this computer.</source>
            <translation>
                <numerusform>Flagged %n segment of the last %1 as sensitive (%2): they will never leave this computer.</numerusform>
                <numerusform>Flagged %n segments of the last %1 as sensitive (%2): they will never leave this computer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ledger BROKEN at entry %1: %2. (%n entries before it are intact.)</source>
            <translation>
                <numerusform>Ledger BROKEN at entry %1: %2. (%n entry before it is intact.)</numerusform>
                <numerusform>Ledger BROKEN at entry %1: %2. (%n entries before it are intact.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ledger intact: %n entries, every link checked.</source>
            <translation>
                <numerusform>Ledger intact: %n entry, every link checked.</numerusform>
                <numerusform>Ledger intact: %n entries, every link checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not reading screenshots on battery power: %n segment(s) not read yet (`airlock scan` reads them now).</source>
            <translation>
                <numerusform>Not reading screenshots on battery power: %n segment not read yet (`airlock scan` reads them now).</numerusform>
                <numerusform>Not reading screenshots on battery power: %n segments not read yet (`airlock scan` reads them now).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %1 of %2 screenshots that could still leave; %n suggested moment(s) wait for you (`airlock suggestions`).</source>
            <translation>
                <numerusform>Read %1 of %2 screenshots that could still leave; %n suggested moment waits for you (`airlock suggestions`).</numerusform>
                <numerusform>Read %1 of %2 screenshots that could still leave; %n suggested moments wait for you (`airlock suggestions`).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading the screenshots of %n segment(s) before they may leave…</source>
            <translation>
                <numerusform>Reading the screenshots of %n segment before they may leave…</numerusform>
                <numerusform>Reading the screenshots of %n segments before they may leave…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The screenshot reader stopped unexpectedly and was started again (%n time(s)).</source>
            <translation>
                <numerusform>The screenshot reader stopped unexpectedly and was started again (%n time).</numerusform>
                <numerusform>The screenshot reader stopped unexpectedly and was started again (%n times).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would send %1 in %2 to %3, sealed to %n recipient(s):</source>
            <translation>
                <numerusform>Would send %1 in %2 to %3, sealed to %n recipient:</numerusform>
                <numerusform>Would send %1 in %2 to %3, sealed to %n recipients:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Collect</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Collected %n bundle(s) into the lake in %1 s (%2 bundles/s, %3 MB/s); %4 already there, %5 still arriving, %6 rejected, %7 withdrawn.</source>
            <translation>
                <numerusform>Collected %n bundle into the lake in %1 s (%2 bundles/s, %3 MB/s); %4 already there, %5 still arriving, %6 rejected, %7 withdrawn.</numerusform>
                <numerusform>Collected %n bundles into the lake in %1 s (%2 bundles/s, %3 MB/s); %4 already there, %5 still arriving, %6 rejected, %7 withdrawn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message numerus="yes">
            <source>Everything recorded is deleted from this computer after %n day(s), released or not.</source>
            <translation>
                <numerusform>Everything recorded is deleted from this computer after %n day, released or not.</numerusform>
                <numerusform>Everything recorded is deleted from this computer after %n days, released or not.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It is sealed (encrypted) before it leaves, so that only the holder of the organisation's key(s) (%1) can open it. Anyone else who obtains the files, for example through a wrongly shared folder or bucket, sees only unreadable data.</source>
            <translation>
                <numerusform>It is sealed (encrypted) before it leaves, so that only the holder of the organisation's key (%1) can open it. Anyone else who obtains the files, for example through a wrongly shared folder or bucket, sees only unreadable data.</numerusform>
                <numerusform>It is sealed (encrypted) before it leaves, so that only the holder of the organisation's keys (%1) can open it. Anyone else who obtains the files, for example through a wrongly shared folder or bucket, sees only unreadable data.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Controls</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n keystroke</numerusform>
                <numerusform>%n keystrokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) in %1</source>
            <translation>
                <numerusform>%n segment in %1</numerusform>
                <numerusform>%n segments in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>%n segment waiting for review</numerusform>
                <numerusform>%n segments waiting for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review captures… (%n waiting)</source>
            <translation>
                <numerusform>Review captures… (%n waiting)</numerusform>
                <numerusform>Review captures… (%n waiting)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation>
                <numerusform>%n redaction</numerusform>
                <numerusform>%n redactions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Detectors</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Doctor</name>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n application</numerusform>
                <numerusform>%n applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loaded</source>
            <translation>
                <numerusform>%n loaded</numerusform>
                <numerusform>%n loaded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) are due to leave but the destination cannot be reached: %1</source>
            <translation>
                <numerusform>%n segment is due to leave but the destination cannot be reached: %1</numerusform>
                <numerusform>%n segments are due to leave but the destination cannot be reached: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) due for %1</source>
            <translation>
                <numerusform>%n segment due for %1</numerusform>
                <numerusform>%n segments due for %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) due; %1 answers</source>
            <translation>
                <numerusform>%n segment due; %1 answers</numerusform>
                <numerusform>%n segments due; %1 answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n gap</numerusform>
                <numerusform>%n gaps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n keystroke</numerusform>
                <numerusform>%n keystrokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n release(s)</source>
            <translation>
                <numerusform>%n release</numerusform>
                <numerusform>%n releases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message numerus="yes">
            <source>held: %n screenshot(s) not yet read</source>
            <translation>
                <numerusform>held: %n screenshot not yet read</numerusform>
                <numerusform>held: %n screenshots not yet read</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>%n key</numerusform>
                <numerusform>%n keys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look</source>
            <translation>
                <numerusform>%n moment needs a look</numerusform>
                <numerusform>%n moments need a look</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look before the next release</source>
            <translation>
                <numerusform>%n moment needs a look before the next release</numerusform>
                <numerusform>%n moments need a look before the next release</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s) not yet read for sensitive moments. Airlock reads them while you pause for a moment on mains power; it leaves once they are read.</source>
            <translation>
                <numerusform>%n screenshot not yet read for sensitive moments. Airlock reads them while you pause for a moment on mains power; it leaves once they are read.</numerusform>
                <numerusform>%n screenshots not yet read for sensitive moments. Airlock reads them while you pause for a moment on mains power; it leaves once they are read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suggested sensitive moment(s) in it wait for your answer under Needs a look; it stays here until you answer.</source>
            <translation>
                <numerusform>%n suggested sensitive moment in it wait for your answer under Needs a look; it stays here until you answer.</numerusform>
                <numerusform>%n suggested sensitive moments in it wait for your answer under Needs a look; it stays here until you answer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ledger</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n keystroke</numerusform>
                <numerusform>%n keystrokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message numerus="yes">
            <source>%n segment(s) will be released at %1</source>
            <translation>
                <numerusform>%n segment will be released at %1</numerusform>
                <numerusform>%n segments will be released at %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PolicyDiff</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message numerus="yes">
            <source>%n segment(s) %1</source>
            <translation>
                <numerusform>%n segment %1</numerusform>
                <numerusform>%n segments %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Releases</name>
        <message numerus="yes">
            <source>%n bundle(s) left this computer, holding %1. Each was sealed so only your organisation's training pipeline can open it.</source>
            <translation>
                <numerusform>%n bundle left this computer, holding %1. Each was sealed so only your organisation's training pipeline can open it.</numerusform>
                <numerusform>%n bundles left this computer, holding %1. Each was sealed so only your organisation's training pipeline can open it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look (Review → Needs a look)</source>
            <translation>
                <numerusform>%n moment need a look (Review → Needs a look)</numerusform>
                <numerusform>%n moments need a look (Review → Needs a look)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewed segment(s)</source>
            <translation>
                <numerusform>%n reviewed segment</numerusform>
                <numerusform>%n reviewed segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s) not yet read for sensitive moments (read when you pause for a moment on mains power, or now with `airlock scan`)</source>
            <translation>
                <numerusform>%n screenshot not yet read for sensitive moments (read when you pause for a moment on mains power, or now with `airlock scan`)</numerusform>
                <numerusform>%n screenshots not yet read for sensitive moments (read when you pause for a moment on mains power, or now with `airlock scan`)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewFlows</name>
        <message numerus="yes">
            <source>%n area(s) marked. Adjust them if needed (drag to add, Clear to start again), then press “Black out”.</source>
            <translation>
                <numerusform>%n area marked. Adjust it if needed (drag to add, Clear to start again), then press “Black out”.</numerusform>
                <numerusform>%n areas marked. Adjust them if needed (drag to add, Clear to start again), then press “Black out”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n keystroke</numerusform>
                <numerusform>%n keystrokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s) (flagged and released ones are left as they are).</source>
            <translation>
                <numerusform>Approved %n segment (flagged and released ones are left as they are).</numerusform>
                <numerusform>Approved %n segments (flagged and released ones are left as they are).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s).</source>
            <translation>
                <numerusform>Approved %n segment.</numerusform>
                <numerusform>Approved %n segments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Black out %n area(s) of this screenshot?

The stored screenshot is replaced by one where these areas are black. The original is not kept anywhere. This cannot be undone.</source>
            <translation>
                <numerusform>Black out %n area of this screenshot?

The stored screenshot is replaced by one where these areas are black. The original is not kept anywhere. This cannot be undone.</numerusform>
                <numerusform>Black out %n areas of this screenshot?

The stored screenshot is replaced by one where these areas are black. The original is not kept anywhere. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s).</source>
            <translation>
                <numerusform>Flagged %n segment.</numerusform>
                <numerusform>Flagged %n segments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mask %n character(s) of the typed text?

They become • in the vault, and the keystrokes that typed them are masked too. The original is not kept anywhere. This cannot be undone.</source>
            <translation>
                <numerusform>Mask %n character of the typed text?

It becomes • in the vault, and the keystroke that typed it is masked too. The original is not kept anywhere. This cannot be undone.</numerusform>
                <numerusform>Mask %n characters of the typed text?

They become • in the vault, and the keystrokes that typed them are masked too. The original is not kept anywhere. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unflagged %n segment(s).</source>
            <translation>
                <numerusform>Unflagged %n segment.</numerusform>
                <numerusform>Unflagged %n segments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message numerus="yes">
            <source>%n matching segment(s)</source>
            <translation>
                <numerusform>%n matching segment</numerusform>
                <numerusform>%n matching segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message numerus="yes">
            <source>Black out %n area(s)</source>
            <translation>
                <numerusform>Black out %n area</numerusform>
                <numerusform>Black out %n areas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) (password managers, private browsing, login prompts and your organisation's)</source>
            <translation>
                <numerusform>%n rule (password managers, private browsing, login prompts and your organisation's)</numerusform>
                <numerusform>%n rules (password managers, private browsing, login prompts and your organisation's)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>%n click</numerusform>
                <numerusform>%n clicks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>%n keystroke</numerusform>
                <numerusform>%n keystrokes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>%n screenshot</numerusform>
                <numerusform>%n screenshots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s) as sensitive.</source>
            <translation>
                <numerusform>Flagged %n segment as sensitive.</numerusform>
                <numerusform>Flagged %n segments as sensitive.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>%n segment waiting for review</numerusform>
                <numerusform>%n segments waiting for review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n gap</numerusform>
                <numerusform>%n gaps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n to review</numerusform>
                <numerusform>%n to review</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>%n segment waiting for review</numerusform>
                <numerusform>%n segments waiting for review</numerusform>
            </translation>
        </message>
    </context>
</TS>
