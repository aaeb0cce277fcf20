<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ActivityLog</name>
        <message>
            <source>Activity log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions, newest last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ledger integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ The log has been tampered with at entry %1: %2. Entries from there on cannot be trusted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✔ The log is intact: %n entries, each linked to the one before.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Before anything is recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline: record nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand — start recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand, start recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing will be recorded. You can change your mind at any time: open “Policy and privacy…” from the Airlock tray menu, or run `airlock consent --accept`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed since you last answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this policy records and your rights</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Controls</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) in %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>An unexpected error happened (%1); see the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete everything captured in the last %1 (%2 until now)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete recent captures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the last 15 minutes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the last 5 minutes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the last hour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download my data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag the last 15 minutes as sensitive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged segments never leave this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My privacy settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not capturing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recording this window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was captured between %1 and %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause for 1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause for 15 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause until I resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy and privacy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit (kept running by your organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Airlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review captures…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Review captures… (%n waiting)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Show status window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault is not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This deletes %1: %2, %3 and %4, plus anything captured while this question is open. They are removed from this computer for good and can never be released. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What left my computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation's policy keeps Airlock running. You can still pause it at any time, for as long as you need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>everything captured in the last %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Screenshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Typed text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no window title)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw input events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a segment in the timeline to see what was captured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time and counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown application</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>%1 button pressed at %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 button released at %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(this row could not be read)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pointer at %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scrolled %1, %2 at %3, %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the export: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1 and %2 in %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything Airlock holds about you: segments, typed text, events, screenshots, flags, the activity log and the policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as one zip file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One .zip file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start export</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagDialog</name>
        <message>
            <source>&amp;Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag %1 as sensitive. Flagged segments never leave this computer; you can still review, delete or unflag them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag as sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional, for you only (never in the ledger)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved · leaves %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved. It may leave once its hold ends on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved: it leaves with the next release.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disk full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display not supported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excluded window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged as sensitive: flagged segments never leave this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus unknown: keys not stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HH:mm:ss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HR / performance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held for review. It becomes eligible to leave on %1 and your approval, unless you delete or flag it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held for review. It becomes eligible to leave on %1, unless you delete or flag it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held · eligible %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held · leaves next release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held · needs approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No consent given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other people's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside working hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed and sent earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sealed and sent on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hold is over; it leaves only if you approve it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hold is over; it leaves with the next release unless you delete or flag it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd d MMM HH:mm t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd dd MMM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd dd MMM yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dddd dd MMMM yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ongoing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message numerus="yes">
            <source>%n segment(s) will be released at %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Airlock is capturing again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Airlock is not capturing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Airlock is recording again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged as sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open “Review captures…” to check, delete or flag them before they leave this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That did not work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They will never leave this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your timed pause has ended. Click the Airlock icon to pause again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Releases</name>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n bundle(s) left this computer, holding %1. Each was sealed so only your organisation's training pipeline can open it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewed segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundle receipt and contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Covering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destination’s receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys / clicks / screenshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has left this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Released bundles, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What left my computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw bundle %1?

A signed withdrawal notice goes to the destination; the data team's collector removes this bundle from their dataset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw the selected bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw this bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawal failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>withdrawn %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm t</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewDialogs</name>
        <message>
            <source>&amp;Action:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Continue…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Act on a time range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve it for release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete everything in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag it as sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong (%1); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will happen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewFlows</name>
        <message>
            <source>%1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Black out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mask</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s) (flagged and released ones are left as they are).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Black out %n area(s) of this screenshot?

The stored screenshot is replaced by one where these areas are black. The original is not kept anywhere. This cannot be undone.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Delete %1?

%2 with %3, %4 and %5 will be removed from the vault and its journal at once. The deletion is recorded in your ledger (counts only).

This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete captured data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag on the screenshot to mark areas, then press “Black out”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Mask %n character(s) of the typed text?

They become • in the vault, and the keystrokes that typed them are masked too. The original is not kept anywhere. This cannot be undone.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Mask typed text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redact screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenshot redacted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typed text masked.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Unflagged %n segment(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message numerus="yes">
            <source>%n matching segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Flag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mask selected text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time range…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unflag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Airlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve for release after the hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days, then the segments and gaps of each day. Select one or more to act on them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected segments or days for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete, flag or approve a time range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw rectangles on the screenshot to black them out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag as sensitive: it never leaves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask the selected typed text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was lost; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the vault again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the sensitive flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review captures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search typed text and titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search typed text and window titles  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong while reading or changing the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>Black out</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Black out %n area(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Black out the drawn areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw rectangles to black out on this screenshot (R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the screenshot in the view (Ctrl+0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moves through the segment's time; shows the screenshot of that moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next screenshot ( ] )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No screenshots in this segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous screenshot ( [ )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redact areas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the drawn rectangles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the stored screenshot with one where the drawn areas are black. The original is not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenshot %1 of %2, %3 s into the segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenshot position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenshots of this segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected screenshot; clicks are marked with circles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This screenshot could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) (password managers, private browsing, login prompts and your organisation's)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Add exclusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Application to exclude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclusions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold before release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold before release, hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keystroke mode for me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keystrokes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My choices (stricter only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My extra exclusions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My privacy settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing leaves until I approve it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Require my approval before release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window title words to exclude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation sets these values in its signed policy. You can make them stricter for yourself, never looser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after the hold unless you delete or flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after you approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>application, e.g. signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counts — only how many keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>full — the text you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>masked — each character becomes •</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none — no keystrokes at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or words in the window title, e.g. online banking</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <source>%1 pauses and resumes from anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Airlock shows this window instead. Closing it only minimises it: Airlock keeps running, and its controls stay within reach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete recent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag last 15 min…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My privacy settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system tray on this desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause for…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause until I resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy and privacy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Airlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review captures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The vault is not available: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What left my computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also paused until %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clicks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keystrokes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mouse clicks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not captured: %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing captured %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screenshots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window title</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Airlock: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to resume</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TypedText</name>
        <message>
            <source>About this text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keystrokes are not stored for this application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keystrokes in this application are stored masked: characters show as •.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask selected text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was typed in this segment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only keystroke counts are stored for this application: there is no text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the selected characters with • in the vault, and the keystrokes that typed them (Ctrl+M). The original is not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select text, then mask it to hide it for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text reconstructed from the keystrokes of this segment. Select part of it to mask it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typed text</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
