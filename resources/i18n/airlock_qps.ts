<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="qps" sourcelanguage="en">
    <context>
        <name>ActivityLog</name>
        <message>
            <source>Activity log</source>
            <translation>[Åçţîvîţý ľöğ ~~~~]</translation>
        </message>
        <message>
            <source>Decisions, newest last</source>
            <translation>[Đéçîşîöñş, ñéwéşţ ľåşţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Every decision kept in the hash-chained ledger: when, and what was decided</source>
            <translation>[Évéŕý đéçîşîöñ ķépţ îñ ţĥé ĥåşĥ-çĥåîñéđ ľéđğéŕ: wĥéñ, åñđ wĥåţ wåş đéçîđéđ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñđ ~]</translation>
        </message>
        <message>
            <source>Ledger integrity</source>
            <translation>[Ľéđğéŕ îñţéğŕîţý ~~~~~]</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>[Wĥåţ ĥåppéñéđ ~~~~]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Wĥéñ ~]</translation>
        </message>
        <message>
            <source>⚠ The log has been tampered with at entry %1: %2. Entries from there on cannot be trusted.</source>
            <translation>[⚠ Ťĥé ľöğ ĥåş bééñ ţåmpéŕéđ wîţĥ åţ éñţŕý %1: %2. Éñţŕîéş fŕöm ţĥéŕé öñ çåññöţ bé ţŕûşţéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>✔ The log is intact: %n entries, each linked to the one before.</source>
            <translation>
                <numerusform>[✔ Ťĥé ľöğ îş îñţåçţ: %n éñţŕîéş, éåçĥ ľîñķéđ ţö ţĥé öñé béföŕé. ~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>%1, %2, %3, %4; %5 bytes</source>
            <translation>[%1, %2, %3, %4; %5 býţéş ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%1/%n segment(s)</source>
            <translation>
                <numerusform>[%1/%n şéğméñţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n approved segment(s) were sealed and sent. See “What left my computer…”.</source>
            <translation>
                <numerusform>[%n åppŕövéđ şéğméñţ(ş) wéŕé şéåľéđ åñđ şéñţ. Şéé “Wĥåţ ľéfţ mý çömpûţéŕ…”. ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s)</source>
            <translation>
                <numerusform>[%n bûñđľé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>[%n évéñţ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>[%n ķéýşţŕöķé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look before the next release.</source>
            <translation>
                <numerusform>[%n möméñţ(ş) ñééđ å ľööķ béföŕé ţĥé ñéxţ ŕéľéåşé. ~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) (%1)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) (%1) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) wait for review.</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) wåîţ föŕ ŕévîéw. ~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>(Airlock %1, pid %2)</source>
            <translation>[(Åîŕľöçķ %1, pîđ %2) ~~~~~~]</translation>
        </message>
        <message>
            <source>(the earlier policy is not available to compare)</source>
            <translation>[(ţĥé éåŕľîéŕ pöľîçý îş ñöţ åvåîľåbľé ţö çömpåŕé) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is already running (pid %1); its window was brought forward.</source>
            <translation>[Åîŕľöçķ îş åľŕéåđý ŕûññîñğ (pîđ %1); îţş wîñđöw wåş bŕöûğĥţ föŕwåŕđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is already running without windows (pid %1, %2). Use `airlock status`, `airlock pause` and the other control commands.</source>
            <translation>[Åîŕľöçķ îş åľŕéåđý ŕûññîñğ wîţĥöûţ wîñđöwş (pîđ %1, %2). Ûşé `åîŕľöçķ şţåţûş`, `åîŕľöçķ påûşé` åñđ ţĥé öţĥéŕ çöñţŕöľ çömmåñđş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is not running. The vault cannot be read: %1</source>
            <translation>[Åîŕľöçķ îş ñöţ ŕûññîñğ. Ťĥé våûľţ çåññöţ bé ŕéåđ: %1 ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is not running; the pause applies when it starts.</source>
            <translation>[Åîŕľöçķ îş ñöţ ŕûññîñğ; ţĥé påûşé åppľîéş wĥéñ îţ şţåŕţş. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Answer with --redact ID, --flag ID or --dismiss ID (or in the review window: Needs a look).</source>
            <translation>[Åñşwéŕ wîţĥ --ŕéđåçţ ÎĐ, --fľåğ ÎĐ öŕ --đîşmîşş ÎĐ (öŕ îñ ţĥé ŕévîéw wîñđöw: Ñééđş å ľööķ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Approved %1 of %n segment(s) (flagged and already approved or released ones are left as they are).</source>
            <translation>
                <numerusform>[Åppŕövéđ %1 öf %n şéğméñţ(ş) (fľåğğéđ åñđ åľŕéåđý åppŕövéđ öŕ ŕéľéåşéđ öñéş åŕé ľéfţ åş ţĥéý åŕé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>Blacked out %n area(s) of screenshot %1.</source>
            <translation>
                <numerusform>[Bľåçķéđ öûţ %n åŕéå(ş) öf şçŕééñşĥöţ %1. ~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Choose one of: %1.</source>
            <translation>[Çĥööşé öñé öf: %1. ~~~~~]</translation>
        </message>
        <message>
            <source>Created the policy-signing key %1:</source>
            <translation>[Çŕéåţéđ ţĥé pöľîçý-şîğñîñğ ķéý %1: ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Declined and recorded: nothing will be recorded. You can reconsider at any time with `airlock consent --accept`.</source>
            <translation>[Đéçľîñéđ åñđ ŕéçöŕđéđ: ñöţĥîñğ wîľľ bé ŕéçöŕđéđ. Ýöû çåñ ŕéçöñşîđéŕ åţ åñý ţîmé wîţĥ `åîŕľöçķ çöñşéñţ --åççépţ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted the last %1: %2. This cannot be undone.</source>
            <translation>[Đéľéţéđ ţĥé ľåşţ %1: %2. Ťĥîş çåññöţ bé ûñđöñé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Deleting the last %1 would remove %2.</source>
            <translation>[Đéľéţîñğ ţĥé ľåşţ %1 wöûľđ ŕémövé %2. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Discarded bundle %1 before it completed: its segments changed or may no longer leave.</source>
            <translation>[Đîşçåŕđéđ bûñđľé %1 béföŕé îţ çömpľéţéđ: îţş şéğméñţş çĥåñğéđ öŕ måý ñö ľöñğéŕ ľéåvé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Dismissed suggestion %1: not sensitive.</source>
            <translation>[Đîşmîşşéđ şûğğéşţîöñ %1: ñöţ şéñşîţîvé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exported %1, %2 and %3 to %4</source>
            <translation>[Éxpöŕţéđ %1, %2 åñđ %3 ţö %4 ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s) of the last %1 as sensitive (%2): they will never leave this computer.</source>
            <translation>
                <numerusform>[Fľåğğéđ %n şéğméñţ(ş) öf ţĥé ľåşţ %1 åş şéñşîţîvé (%2): ţĥéý wîľľ ñévéŕ ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Flagged segment %1: it will never leave this computer.</source>
            <translation>[Fľåğğéđ şéğméñţ %1: îţ wîľľ ñévéŕ ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Held back: %1.</source>
            <translation>[Ĥéľđ båçķ: %1. ~~~~]</translation>
        </message>
        <message>
            <source>Install the policy and its .sig in the managed location, and the public key in its trusted-keys directory.</source>
            <translation>[Îñşţåľľ ţĥé pöľîçý åñđ îţş .şîğ îñ ţĥé måñåğéđ ľöçåţîöñ, åñđ ţĥé pûbľîç ķéý îñ îţş ţŕûşţéđ-ķéýş đîŕéçţöŕý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>[Ľåñğûåğé: %1 ~~~~]</translation>
        </message>
        <message>
            <source>Language: as the system (%1)</source>
            <translation>[Ľåñğûåğé: åş ţĥé şýşţém (%1) ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Ledger BROKEN at entry %1: %2. (%n entries before it are intact.)</source>
            <translation>
                <numerusform>[Ľéđğéŕ BŔÖĶÉÑ åţ éñţŕý %1: %2. (%n éñţŕîéş béföŕé îţ åŕé îñţåçţ.) ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>Ledger intact: %n entries, every link checked.</source>
            <translation>
                <numerusform>[Ľéđğéŕ îñţåçţ: %n éñţŕîéş, évéŕý ľîñķ çĥéçķéđ. ~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>No segments in the last %1.</source>
            <translation>[Ñö şéğméñţş îñ ţĥé ľåşţ %1. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>No suggestions yet.</source>
            <translation>[Ñö şûğğéşţîöñş ýéţ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Not leaving until you answer what was suggested (`airlock suggestions`) or they are read (`airlock scan`):</source>
            <translation>[Ñöţ ľéåvîñğ ûñţîľ ýöû åñşwéŕ wĥåţ wåş şûğğéşţéđ (`åîŕľöçķ şûğğéşţîöñş`) öŕ ţĥéý åŕé ŕéåđ (`åîŕľöçķ şçåñ`): ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Not reading screenshots on battery power: %n segment(s) not read yet (`airlock scan` reads them now).</source>
            <translation>
                <numerusform>[Ñöţ ŕéåđîñğ şçŕééñşĥöţş öñ båţţéŕý pöwéŕ: %n şéğméñţ(ş) ñöţ ŕéåđ ýéţ (`åîŕľöçķ şçåñ` ŕéåđş ţĥém ñöw). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Not sending now: %1.</source>
            <translation>[Ñöţ şéñđîñğ ñöw: %1. ~~~~~~]</translation>
        </message>
        <message>
            <source>Note: the policy does not say `managed = true`; at the managed location it is enforced anyway.</source>
            <translation>[Ñöţé: ţĥé pöľîçý đöéş ñöţ şåý `måñåğéđ = ţŕûé`; åţ ţĥé måñåğéđ ľöçåţîöñ îţ îş éñföŕçéđ åñýwåý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing has left this computer.</source>
            <translation>[Ñöţĥîñğ ĥåş ľéfţ ţĥîş çömpûţéŕ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing is recorded</source>
            <translation>[Ñöţĥîñğ îş ŕéçöŕđéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing matches %1.</source>
            <translation>[Ñöţĥîñğ måţçĥéş %1. ~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing to send.</source>
            <translation>[Ñöţĥîñğ ţö şéñđ. ~~~~~]</translation>
        </message>
        <message>
            <source>Nothing waits: no suggested moment is open.</source>
            <translation>[Ñöţĥîñğ wåîţş: ñö şûğğéşţéđ möméñţ îş öpéñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was captured in the last %1: nothing to flag.</source>
            <translation>[Ñöţĥîñğ wåş çåpţûŕéđ îñ ţĥé ľåşţ %1: ñöţĥîñğ ţö fľåğ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing would leave now.</source>
            <translation>[Ñöţĥîñğ wöûľđ ľéåvé ñöw. ~~~~~~~]</translation>
        </message>
        <message>
            <source>OK: %1 is valid and signed by trusted key %2.</source>
            <translation>[ÖĶ: %1 îş våľîđ åñđ şîğñéđ bý ţŕûşţéđ ķéý %2. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open %1 to read it.</source>
            <translation>[Öpéñ %1 ţö ŕéåđ îţ. ~~~~~~]</translation>
        </message>
        <message>
            <source>Policy hash %1</source>
            <translation>[Pöľîçý ĥåşĥ %1 ~~~~]</translation>
        </message>
        <message>
            <source>Policy hash: %1</source>
            <translation>[Pöľîçý ĥåşĥ: %1 ~~~~]</translation>
        </message>
        <message>
            <source>Policy in force: %1 (%2)</source>
            <translation>[Pöľîçý îñ föŕçé: %1 (%2) ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Read %1 of %2 screenshots that could still leave; %n suggested moment(s) wait for you (`airlock suggestions`).</source>
            <translation>
                <numerusform>[Ŕéåđ %1 öf %2 şçŕééñşĥöţş ţĥåţ çöûľđ şţîľľ ľéåvé; %n şûğğéşţéđ möméñţ(ş) wåîţ föŕ ýöû (`åîŕľöçķ şûğğéşţîöñş`). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>Reading the screenshots of %n segment(s) before they may leave…</source>
            <translation>
                <numerusform>[Ŕéåđîñğ ţĥé şçŕééñşĥöţş öf %n şéğméñţ(ş) béföŕé ţĥéý måý ľéåvé… ~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Recorded for %1 s: %2 events and %3 screenshots stored (%4 not stored: paused, excluded or unknown focus; %5 still on their way when a pause or delete covered them: dropped). State before stopping: %6.</source>
            <translation>[Ŕéçöŕđéđ föŕ %1 ş: %2 évéñţş åñđ %3 şçŕééñşĥöţş şţöŕéđ (%4 ñöţ şţöŕéđ: påûşéđ, éxçľûđéđ öŕ ûñķñöwñ föçûş; %5 şţîľľ öñ ţĥéîŕ wåý wĥéñ å påûşé öŕ đéľéţé çövéŕéđ ţĥém: đŕöppéđ). Şţåţé béföŕé şţöppîñğ: %6. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Removed %1 and Airlock's keys for it from the keyring.</source>
            <translation>[Ŕémövéđ %1 åñđ Åîŕľöçķ'ş ķéýş föŕ îţ fŕöm ţĥé ķéýŕîñğ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reviewed data left this computer</source>
            <translation>[Ŕévîéwéđ đåţå ľéfţ ţĥîş çömpûţéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Run again with --yes to confirm.</source>
            <translation>[Ŕûñ åğåîñ wîţĥ --ýéş ţö çöñfîŕm. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots are not read for sensitive moments here (%1): segments leave without suggestions.</source>
            <translation>[Şçŕééñşĥöţş åŕé ñöţ ŕéåđ föŕ şéñşîţîvé möméñţş ĥéŕé (%1): şéğméñţş ľéåvé wîţĥöûţ şûğğéşţîöñş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sent bundle %1: %2, %3 bytes → %4</source>
            <translation>[Şéñţ bûñđľé %1: %2, %3 býţéş → %4 ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Set by the OS's managed settings (%1):</source>
            <translation>[Şéţ bý ţĥé ÖŞ'ş måñåğéđ şéţţîñğş (%1): ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Signed %1 with key %2; wrote %3.</source>
            <translation>[Şîğñéđ %1 wîţĥ ķéý %2; wŕöţé %3. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Thank you. Your consent is recorded; recording may start. You can pause at any time.</source>
            <translation>[Ťĥåñķ ýöû. Ýöûŕ çöñşéñţ îş ŕéçöŕđéđ; ŕéçöŕđîñğ måý şţåŕţ. Ýöû çåñ påûşé åţ åñý ţîmé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The built-in exclusions (password managers, authenticators, private browsing, login prompts)
always apply and are not listed below.</source>
            <translation>[Ťĥé bûîľţ-îñ éxçľûşîöñş (påşşwöŕđ måñåğéŕş, åûţĥéñţîçåţöŕş, pŕîvåţé bŕöwşîñğ, ľöğîñ pŕömpţş)
åľwåýş åppľý åñđ åŕé ñöţ ľîşţéđ béľöw. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy changed since you last answered: nothing is recorded until you agree again.</source>
            <translation>[Ťĥé pöľîçý çĥåñğéđ şîñçé ýöû ľåşţ åñşwéŕéđ: ñöţĥîñğ îş ŕéçöŕđéđ ûñţîľ ýöû åğŕéé åğåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>The screenshot reader stopped unexpectedly and was started again (%n time(s)).</source>
            <translation>
                <numerusform>[Ťĥé şçŕééñşĥöţ ŕéåđéŕ şţöppéđ ûñéxpéçţéđľý åñđ wåş şţåŕţéđ åğåîñ (%n ţîmé(ş)). ~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>There is no translation for “%1”.</source>
            <translation>[Ťĥéŕé îş ñö ţŕåñşľåţîöñ föŕ “%1”. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This deletes everything Airlock holds for you, for good.</source>
            <translation>[Ťĥîş đéľéţéş évéŕýţĥîñğ Åîŕľöçķ ĥöľđş föŕ ýöû, föŕ ğööđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>To agree, run `airlock consent --accept`; to decline, `airlock consent --decline`.</source>
            <translation>[Ťö åğŕéé, ŕûñ `åîŕľöçķ çöñşéñţ --åççépţ`; ţö đéçľîñé, `åîŕľöçķ çöñşéñţ --đéçľîñé`. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Vault: %1 (%2).</source>
            <translation>[Våûľţ: %1 (%2). ~~~~]</translation>
        </message>
        <message>
            <source>WITHDRAWN %1</source>
            <translation>[WÎŤĤĐŔÅWÑ %1 ~~~~]</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>[Wåŕñîñğ: %1 ~~~]</translation>
        </message>
        <message>
            <source>What changed since you last answered:</source>
            <translation>[Wĥåţ çĥåñğéđ şîñçé ýöû ľåşţ åñşwéŕéđ: ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Withdrawal of %1 sent to the destination and recorded. The data team's collector removes it from their dataset.</source>
            <translation>[Wîţĥđŕåwåľ öf %1 şéñţ ţö ţĥé đéşţîñåţîöñ åñđ ŕéçöŕđéđ. Ťĥé đåţå ţéåm'ş çöľľéçţöŕ ŕémövéş îţ fŕöm ţĥéîŕ đåţåşéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Would send %1 in %2 to %3, sealed to %n recipient(s):</source>
            <translation>
                <numerusform>[Wöûľđ şéñđ %1 îñ %2 ţö %3, şéåľéđ ţö %n ŕéçîpîéñţ(ş): ~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>You agreed to this policy: recording may run.</source>
            <translation>[Ýöû åğŕééđ ţö ţĥîş pöľîçý: ŕéçöŕđîñğ måý ŕûñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You declined this policy: nothing is recorded.</source>
            <translation>[Ýöû đéçľîñéđ ţĥîş pöľîçý: ñöţĥîñğ îş ŕéçöŕđéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You have not answered yet: nothing is recorded until you agree.</source>
            <translation>[Ýöû ĥåvé ñöţ åñşwéŕéđ ýéţ: ñöţĥîñğ îş ŕéçöŕđéđ ûñţîľ ýöû åğŕéé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>`airlock scan` reads them now; `airlock release` reads them first on mains power.</source>
            <translation>[`åîŕľöçķ şçåñ` ŕéåđş ţĥém ñöw; `åîŕľöçķ ŕéľéåşé` ŕéåđş ţĥém fîŕşţ öñ måîñş pöwéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>applying your new settings</source>
            <translation>[åppľýîñğ ýöûŕ ñéw şéţţîñğş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>bundle %1: %2</source>
            <translation>[bûñđľé %1: %2 ~~~~]</translation>
        </message>
        <message>
            <source>desktop app</source>
            <translation>[đéşķţöp åpp ~~~]</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>[ñöţ şîğñéđ ~~~]</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>[ñöţ şţåŕţéđ ~~~]</translation>
        </message>
        <message>
            <source>on screenshot %1</source>
            <translation>[öñ şçŕééñşĥöţ %1 ~~~~~]</translation>
        </message>
        <message>
            <source>paused (a pause in force is kept); recording resumes when it ends.</source>
            <translation>[påûşéđ (å påûşé îñ föŕçé îş ķépţ); ŕéçöŕđîñğ ŕéşûméş wĥéñ îţ éñđş. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>private: %1 (keep it offline; only for `airlock policy sign`)</source>
            <translation>[pŕîvåţé: %1 (ķéép îţ öffľîñé; öñľý föŕ `åîŕľöçķ pöľîçý şîğñ`) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>public: %1 (install it in the trusted-keys directory on every machine, e.g. %2/)</source>
            <translation>[pûbľîç: %1 (îñşţåľľ îţ îñ ţĥé ţŕûşţéđ-ķéýş đîŕéçţöŕý öñ évéŕý måçĥîñé, é.ğ. %2/) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>recording (headless) for %1 s, input through %2; stop with Ctrl-C or SIGTERM.</source>
            <translation>[ŕéçöŕđîñğ (ĥéåđľéşş) föŕ %1 ş, îñpûţ ţĥŕöûğĥ %2; şţöp wîţĥ Çţŕľ-Ç öŕ ŞÎĞŤÉŔM. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>recording (headless), input through %1; stop with Ctrl-C or SIGTERM.</source>
            <translation>[ŕéçöŕđîñğ (ĥéåđľéşş), îñpûţ ţĥŕöûğĥ %1; şţöp wîţĥ Çţŕľ-Ç öŕ ŞÎĞŤÉŔM. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>screenshot %1</source>
            <translation>[şçŕééñşĥöţ %1 ~~~~]</translation>
        </message>
        <message>
            <source>segment #%1 %2</source>
            <translation>[şéğméñţ #%1 %2 ~~~~]</translation>
        </message>
        <message>
            <source>segment %1 (%2 — %3), %4: %5</source>
            <translation>[şéğméñţ %1 (%2 — %3), %4: %5 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>sha256 %1  receipt etag %2</source>
            <translation>[şĥå256 %1  ŕéçéîpţ éţåğ %2 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>signed by key %1</source>
            <translation>[şîğñéđ bý ķéý %1 ~~~~~]</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>[şţöppéđ ~~]</translation>
        </message>
        <message>
            <source>typed text or title</source>
            <translation>[ţýpéđ ţéxţ öŕ ţîţľé ~~~~~~]</translation>
        </message>
        <message>
            <source>waiting for your consent</source>
            <translation>[wåîţîñğ föŕ ýöûŕ çöñşéñţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>you declined the policy</source>
            <translation>[ýöû đéçľîñéđ ţĥé pöľîçý ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Collect</name>
        <message>
            <source>%1/%2 bundles  %3 MB  %4 bundles/s  %5 MB/s</source>
            <translation>[%1/%2 bûñđľéş  %3 MB  %4 bûñđľéş/ş  %5 MB/ş ~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>[%n évéñţ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>[%n îmåğé(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>(%1, %2, %3)</source>
            <translation>[(%1, %2, %3) ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Collected %n bundle(s) into the lake in %1 s (%2 bundles/s, %3 MB/s); %4 already there, %5 still arriving, %6 rejected, %7 withdrawn.</source>
            <translation>
                <numerusform>[Çöľľéçţéđ %n bûñđľé(ş) îñţö ţĥé ľåķé îñ %1 ş (%2 bûñđľéş/ş, %3 MB/ş); %4 åľŕéåđý ţĥéŕé, %5 şţîľľ åŕŕîvîñğ, %6 ŕéjéçţéđ, %7 wîţĥđŕåwñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Collector signing key written to %1 (0600: keep it on the collector host) and its public key to %2 (give it to whoever audits the lake's run logs).</source>
            <translation>[Çöľľéçţöŕ şîğñîñğ ķéý wŕîţţéñ ţö %1 (0600: ķéép îţ öñ ţĥé çöľľéçţöŕ ĥöşţ) åñđ îţş pûbľîç ķéý ţö %2 (ğîvé îţ ţö wĥöévéŕ åûđîţş ţĥé ľåķé'ş ŕûñ ľöğş). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Device id %1. Give the data team this public key (save as %1.pub in the collector's trusted-devices folder):</source>
            <translation>[Đévîçé îđ %1. Ğîvé ţĥé đåţå ţéåm ţĥîş pûbľîç ķéý (şåvé åş %1.pûb îñ ţĥé çöľľéçţöŕ'ş ţŕûşţéđ-đévîçéş föľđéŕ): ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Install %1 into the trusted-keys directory beside the managed policy
(e.g. /etc/airlock/trusted-keys/) so signed policies verify (key id %2).</source>
            <translation>[Îñşţåľľ %1 îñţö ţĥé ţŕûşţéđ-ķéýş đîŕéçţöŕý béşîđé ţĥé måñåğéđ pöľîçý
(é.ğ. /éţç/åîŕľöçķ/ţŕûşţéđ-ķéýş/) şö şîğñéđ pöľîçîéş véŕîfý (ķéý îđ %2). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Object store credentials stored in the keyring.</source>
            <translation>[Öbjéçţ şţöŕé çŕéđéñţîåľş şţöŕéđ îñ ţĥé ķéýŕîñğ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Organisation keys written to %1:</source>
            <translation>[Öŕğåñîşåţîöñ ķéýş wŕîţţéñ ţö %1: ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put this into the policy (policy.toml):</source>
            <translation>[Pûţ ţĥîş îñţö ţĥé pöľîçý (pöľîçý.ţömľ): ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rows added: %1.</source>
            <translation>[Ŕöwş åđđéđ: %1. ~~~~]</translation>
        </message>
        <message>
            <source>Secret access key: </source>
            <translation>[Şéçŕéţ åççéşş ķéý:  ~~~~~~]</translation>
        </message>
        <message>
            <source>age identity — PRIVATE: only the collector needs it (0600)</source>
            <translation>[åğé îđéñţîţý — PŔÎVÅŤÉ: öñľý ţĥé çöľľéçţöŕ ñééđş îţ (0600) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>age recipient (public)</source>
            <translation>[åğé ŕéçîpîéñţ (pûbľîç) ~~~~~~~]</translation>
        </message>
        <message>
            <source>already-present</source>
            <translation>[åľŕéåđý-pŕéşéñţ ~~~~]</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>[îğñöŕéđ ~~]</translation>
        </message>
        <message>
            <source>policy signing key — PRIVATE: keep offline (0600)</source>
            <translation>[pöľîçý şîğñîñğ ķéý — PŔÎVÅŤÉ: ķéép öffľîñé (0600) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>policy signing public key</source>
            <translation>[pöľîçý şîğñîñğ pûbľîç ķéý ~~~~~~~~]</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>[ŕéjéçţéđ ~~]</translation>
        </message>
        <message>
            <source>rejected %1: %2</source>
            <translation>[ŕéjéçţéđ %1: %2 ~~~~]</translation>
        </message>
        <message>
            <source>unpacked</source>
            <translation>[ûñpåçķéđ ~~]</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>[wåîţîñğ ~~]</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>[wîţĥđŕåwñ ~~~]</translation>
        </message>
        <message>
            <source>worker %1: peak %2 MB, run log %3</source>
            <translation>[wöŕķéŕ %1: péåķ %2 MB, ŕûñ ľöğ %3 ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>%1 and %2</source>
            <translation>[%1 åñđ %2 ~~~]</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>[%1 ţö %2 ~~]</translation>
        </message>
        <message>
            <source>Activity log: every pause, deletion, flag, approval, release and consent is written to a tamper-evident log that you can read.</source>
            <translation>[Åçţîvîţý ľöğ: évéŕý påûşé, đéľéţîöñ, fľåğ, åppŕövåľ, ŕéľéåşé åñđ çöñşéñţ îş wŕîţţéñ ţö å ţåmpéŕ-évîđéñţ ľöğ ţĥåţ ýöû çåñ ŕéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>After the hold, segments are released automatically unless you deleted or flagged them.</source>
            <translation>[Åfţéŕ ţĥé ĥöľđ, şéğméñţş åŕé ŕéľéåşéđ åûţömåţîçåľľý ûñľéşş ýöû đéľéţéđ öŕ fľåğğéđ ţĥém. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock's own windows (this one, the review, the settings): what you search for or look at there.</source>
            <translation>[Åîŕľöçķ'ş öwñ wîñđöwş (ţĥîş öñé, ţĥé ŕévîéw, ţĥé şéţţîñğş): wĥåţ ýöû şéåŕçĥ föŕ öŕ ľööķ åţ ţĥéŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Also excluded: %1.</source>
            <translation>[Åľşö éxçľûđéđ: %1. ~~~~~]</translation>
        </message>
        <message>
            <source>Anything while you are paused, and anything before you agree here.</source>
            <translation>[Åñýţĥîñğ wĥîľé ýöû åŕé påûşéđ, åñđ åñýţĥîñğ béföŕé ýöû åğŕéé ĥéŕé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Before anything is recorded</source>
            <translation>[Béföŕé åñýţĥîñğ îş ŕéçöŕđéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>[Đéçľîñé ~~]</translation>
        </message>
        <message>
            <source>Decline: record nothing</source>
            <translation>[Đéçľîñé: ŕéçöŕđ ñöţĥîñğ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Download your data: export everything Airlock holds about you (`airlock export --to DIR`).</source>
            <translation>[Đöwñľöåđ ýöûŕ đåţå: éxpöŕţ évéŕýţĥîñğ Åîŕľöçķ ĥöľđş åböûţ ýöû (`åîŕľöçķ éxpöŕţ --ţö ĐÎŔ`). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Each segment stays here for at least %1 hours before it may leave. %2</source>
            <translation>[Éåçĥ şéğméñţ şţåýş ĥéŕé föŕ åţ ľéåşţ %1 ĥöûŕş béföŕé îţ måý ľéåvé. %2 ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Everything is stored encrypted on this computer only. Nothing leaves until it has passed your review.</source>
            <translation>[Évéŕýţĥîñğ îş şţöŕéđ éñçŕýpţéđ öñ ţĥîş çömpûţéŕ öñľý. Ñöţĥîñğ ľéåvéş ûñţîľ îţ ĥåş påşşéđ ýöûŕ ŕévîéw. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Everything recorded is deleted from this computer after %n day(s), released or not.</source>
            <translation>
                <numerusform>[Évéŕýţĥîñğ ŕéçöŕđéđ îş đéľéţéđ fŕöm ţĥîş çömpûţéŕ åfţéŕ %n đåý(ş), ŕéľéåşéđ öŕ ñöţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Flag: mark a moment as sensitive (health, money, personal messages, HR matters, other people's data). Flagged parts never leave this computer.</source>
            <translation>[Fľåğ: måŕķ å möméñţ åş şéñşîţîvé (ĥéåľţĥ, möñéý, péŕşöñåľ méşşåğéş, ĤŔ måţţéŕş, öţĥéŕ péöpľé'ş đåţå). Fľåğğéđ påŕţş ñévéŕ ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>[Fŕîđåý ~~]</translation>
        </message>
        <message>
            <source>I understand — start recording</source>
            <translation>[Î ûñđéŕşţåñđ — şţåŕţ ŕéçöŕđîñğ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>I understand, start recording</source>
            <translation>[Î ûñđéŕşţåñđ, şţåŕţ ŕéçöŕđîñğ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>If the policy changes, recording waits until you have seen what changed and agreed again.</source>
            <translation>[Îf ţĥé pöľîçý çĥåñğéş, ŕéçöŕđîñğ wåîţş ûñţîľ ýöû ĥåvé şééñ wĥåţ çĥåñğéđ åñđ åğŕééđ åğåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>It is sealed (encrypted) before it leaves, so that only the holder of the organisation's key(s) (%1) can open it. Anyone else who obtains the files, for example through a wrongly shared folder or bucket, sees only unreadable data.</source>
            <translation>
                <numerusform>[Îţ îş şéåľéđ (éñçŕýpţéđ) béföŕé îţ ľéåvéş, şö ţĥåţ öñľý ţĥé ĥöľđéŕ öf ţĥé öŕğåñîşåţîöñ'ş ķéý(ş) (%1) çåñ öpéñ îţ. Åñýöñé éľşé wĥö öbţåîñş ţĥé fîľéş, föŕ éxåmpľé ţĥŕöûğĥ å wŕöñğľý şĥåŕéđ föľđéŕ öŕ bûçķéţ, şééş öñľý ûñŕéåđåbľé đåţå. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Keystrokes in %1: %2</source>
            <translation>[Ķéýşţŕöķéş îñ %1: %2 ~~~~~~]</translation>
        </message>
        <message>
            <source>Keystrokes: %1</source>
            <translation>[Ķéýşţŕöķéş: %1 ~~~~]</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>[Möñđåý ~~]</translation>
        </message>
        <message>
            <source>Mouse clicks, scrolling and pointer movement (positions, at most 30 per second). For example: a click at (640, 380) in your browser.</source>
            <translation>[Möûşé çľîçķş, şçŕöľľîñğ åñđ pöîñţéŕ mövéméñţ (pöşîţîöñş, åţ möşţ 30 péŕ şéçöñđ). Föŕ éxåmpľé: å çľîçķ åţ (640, 380) îñ ýöûŕ bŕöwşéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No screenshots.</source>
            <translation>[Ñö şçŕééñşĥöţş. ~~~~]</translation>
        </message>
        <message>
            <source>Nothing is recorded before you choose this. Your answer is kept in the activity log.</source>
            <translation>[Ñöţĥîñğ îş ŕéçöŕđéđ béföŕé ýöû çĥööşé ţĥîş. Ýöûŕ åñşwéŕ îş ķépţ îñ ţĥé åçţîvîţý ľöğ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing is recorded. You can answer again later from Policy and privacy.</source>
            <translation>[Ñöţĥîñğ îş ŕéçöŕđéđ. Ýöû çåñ åñşwéŕ åğåîñ ľåţéŕ fŕöm Pöľîçý åñđ pŕîvåçý. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing will be recorded. You can change your mind at any time: open “Policy and privacy…” from the Airlock tray menu, or run `airlock consent --accept`.</source>
            <translation>[Ñöţĥîñğ wîľľ bé ŕéçöŕđéđ. Ýöû çåñ çĥåñğé ýöûŕ mîñđ åţ åñý ţîmé: öpéñ “Pöľîçý åñđ pŕîvåçý…” fŕöm ţĥé Åîŕľöçķ ţŕåý méñû, öŕ ŕûñ `åîŕľöçķ çöñşéñţ --åççépţ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only segments you approve are released.</source>
            <translation>[Öñľý şéğméñţş ýöû åppŕövé åŕé ŕéľéåşéđ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Passwords, payment card and bank account numbers, identity numbers and API keys that you type are masked before they are stored, as far as Airlock can recognise them.</source>
            <translation>[Påşşwöŕđş, påýméñţ çåŕđ åñđ båñķ åççöûñţ ñûmbéŕş, îđéñţîţý ñûmbéŕş åñđ ÅPÎ ķéýş ţĥåţ ýöû ţýpé åŕé måşķéđ béföŕé ţĥéý åŕé şţöŕéđ, åş fåŕ åş Åîŕľöçķ çåñ ŕéçöğñîşé ţĥém. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pause, delete and flag</source>
            <translation>[Påûşé, đéľéţé åñđ fľåğ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Pause: one click on the tray icon (or `airlock pause`). Recording stops at once and stays paused, even after a restart, until you resume.</source>
            <translation>[Påûşé: öñé çľîçķ öñ ţĥé ţŕåý îçöñ (öŕ `åîŕľöçķ påûşé`). Ŕéçöŕđîñğ şţöpş åţ öñçé åñđ şţåýş påûşéđ, évéñ åfţéŕ å ŕéşţåŕţ, ûñţîľ ýöû ŕéşûmé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>[Pöľîçý %1 ~~~]</translation>
        </message>
        <message>
            <source>Policy %1 · consent scope %2</source>
            <translation>[Pöľîçý %1 · çöñşéñţ şçöpé %2 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Redact: black out parts of screenshots or typed text before anything is released.</source>
            <translation>[Ŕéđåçţ: bľåçķ öûţ påŕţş öf şçŕééñşĥöţş öŕ ţýpéđ ţéxţ béföŕé åñýţĥîñğ îş ŕéľéåşéđ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Released data goes %1.</source>
            <translation>[Ŕéľéåşéđ đåţå ğöéş %1. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Review and delete: the review window shows exactly what was recorded. Delete any part; a deleted part never comes back and is never sent.</source>
            <translation>[Ŕévîéw åñđ đéľéţé: ţĥé ŕévîéw wîñđöw şĥöwş éxåçţľý wĥåţ wåş ŕéçöŕđéđ. Đéľéţé åñý påŕţ; å đéľéţéđ påŕţ ñévéŕ çöméş båçķ åñđ îş ñévéŕ şéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>[Şåţûŕđåý ~~]</translation>
        </message>
        <message>
            <source>Screenshots of %1: at least every %2 seconds while you are active, and when %3 or more of the screen changes; scaled to %4 and stored as JPEG (quality %5). For example the document you are editing, the web page you are reading, or a chat window that is open.</source>
            <translation>[Şçŕééñşĥöţş öf %1: åţ ľéåşţ évéŕý %2 şéçöñđş wĥîľé ýöû åŕé åçţîvé, åñđ wĥéñ %3 öŕ möŕé öf ţĥé şçŕééñ çĥåñğéş; şçåľéđ ţö %4 åñđ şţöŕéđ åş JPÉĞ (qûåľîţý %5). Föŕ éxåmpľé ţĥé đöçûméñţ ýöû åŕé éđîţîñğ, ţĥé wéb påğé ýöû åŕé ŕéåđîñğ, öŕ å çĥåţ wîñđöw ţĥåţ îş öpéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sound, your camera, the clipboard and the files on your disk.</source>
            <translation>[Şöûñđ, ýöûŕ çåméŕå, ţĥé çľîpböåŕđ åñđ ţĥé fîľéş öñ ýöûŕ đîşķ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>[Şûñđåý ~~]</translation>
        </message>
        <message>
            <source>The policy in plain words: what is recorded, what never is, where it goes, who can open it, and your rights.</source>
            <translation>[Ťĥé pöľîçý îñ pľåîñ wöŕđş: wĥåţ îş ŕéçöŕđéđ, wĥåţ ñévéŕ îş, wĥéŕé îţ ğöéş, wĥö çåñ öpéñ îţ, åñđ ýöûŕ ŕîğĥţş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This policy names nobody to seal data for, so nothing will be sent until a policy that does is in force.</source>
            <translation>[Ťĥîş pöľîçý ñåméş ñöböđý ţö şéåľ đåţå föŕ, şö ñöţĥîñğ wîľľ bé şéñţ ûñţîľ å pöľîçý ţĥåţ đöéş îş îñ föŕçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>[Ťĥûŕşđåý ~~]</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>[Ťûéşđåý ~~]</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>[Wéđñéşđåý ~~~]</translation>
        </message>
        <message>
            <source>What Airlock records on this computer for %1, under %2</source>
            <translation>[Wĥåţ Åîŕľöçķ ŕéçöŕđş öñ ţĥîş çömpûţéŕ föŕ %1, ûñđéŕ %2 ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What Airlock records on this computer, under %1</source>
            <translation>[Wĥåţ Åîŕľöçķ ŕéçöŕđş öñ ţĥîş çömpûţéŕ, ûñđéŕ %1 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What changed since you last answered</source>
            <translation>[Wĥåţ çĥåñğéđ şîñçé ýöû ľåşţ åñşwéŕéđ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What is never recorded</source>
            <translation>[Wĥåţ îş ñévéŕ ŕéçöŕđéđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>What is recorded</source>
            <translation>[Wĥåţ îş ŕéçöŕđéđ ~~~~~]</translation>
        </message>
        <message>
            <source>What this policy records and your rights</source>
            <translation>[Wĥåţ ţĥîş pöľîçý ŕéçöŕđş åñđ ýöûŕ ŕîğĥţş ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>When: only on %1, from %2 to %3; nothing outside those hours.</source>
            <translation>[Wĥéñ: öñľý öñ %1, fŕöm %2 ţö %3; ñöţĥîñğ öûţşîđé ţĥöşé ĥöûŕş. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>When: whenever Airlock is running and you have not paused it.</source>
            <translation>[Wĥéñ: wĥéñévéŕ Åîŕľöçķ îş ŕûññîñğ åñđ ýöû ĥåvé ñöţ påûşéđ îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where released data goes and who can open it</source>
            <translation>[Wĥéŕé ŕéľéåşéđ đåţå ğöéş åñđ wĥö çåñ öpéñ îţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Which application and window are in front, with the window title. For example: “Firefox — Quarterly report – Google Docs”.</source>
            <translation>[Wĥîçĥ åppľîçåţîöñ åñđ wîñđöw åŕé îñ fŕöñţ, wîţĥ ţĥé wîñđöw ţîţľé. Föŕ éxåmpľé: “Fîŕéföx — Qûåŕţéŕľý ŕépöŕţ – Ğööğľé Đöçş”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why your organisation records</source>
            <translation>[Wĥý ýöûŕ öŕğåñîşåţîöñ ŕéçöŕđş ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Windows caught by the built-in exclusions (%1), always: no screenshots, no keystrokes, no window titles.</source>
            <translation>[Wîñđöwş çåûğĥţ bý ţĥé bûîľţ-îñ éxçľûşîöñş (%1), åľwåýş: ñö şçŕééñşĥöţş, ñö ķéýşţŕöķéş, ñö wîñđöw ţîţľéş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Withdraw: you can withdraw a bundle that was released; your organisation's collector then removes it from the training data.</source>
            <translation>[Wîţĥđŕåw: ýöû çåñ wîţĥđŕåw å bûñđľé ţĥåţ wåş ŕéľéåşéđ; ýöûŕ öŕğåñîşåţîöñ'ş çöľľéçţöŕ ţĥéñ ŕémövéş îţ fŕöm ţĥé ţŕåîñîñğ đåţå. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You can quit Airlock at any time from the tray menu.</source>
            <translation>[Ýöû çåñ qûîţ Åîŕľöçķ åţ åñý ţîmé fŕöm ţĥé ţŕåý méñû. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You may decline. Then nothing is recorded; you can change your mind later with `airlock consent` or from the tray menu.</source>
            <translation>[Ýöû måý đéçľîñé. Ťĥéñ ñöţĥîñğ îş ŕéçöŕđéđ; ýöû çåñ çĥåñğé ýöûŕ mîñđ ľåţéŕ wîţĥ `åîŕľöçķ çöñşéñţ` öŕ fŕöm ţĥé ţŕåý méñû. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your organisation's policy does not offer Quit; Pause is always available.</source>
            <translation>[Ýöûŕ öŕğåñîşåţîöñ'ş pöľîçý đöéş ñöţ öfféŕ Qûîţ; Påûşé îş åľwåýş åvåîľåbľé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your organisation's text is not available in %1; it is shown in %2.</source>
            <translation>[Ýöûŕ öŕğåñîşåţîöñ'ş ţéxţ îş ñöţ åvåîľåbľé îñ %1; îţ îş şĥöwñ îñ %2. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>[Ýöûŕ ŕîğĥţş ~~~]</translation>
        </message>
        <message>
            <source>an unsigned evaluation policy (%1)</source>
            <translation>[åñ ûñşîğñéđ évåľûåţîöñ pöľîçý (%1) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>[åţ %1 ~~]</translation>
        </message>
        <message>
            <source>every monitor</source>
            <translation>[évéŕý möñîţöŕ ~~~~]</translation>
        </message>
        <message>
            <source>everything you type, key by key, so the text can be read back. For example, typing “Meeting at 3pm” stores “Meeting at 3pm”.</source>
            <translation>[évéŕýţĥîñğ ýöû ţýpé, ķéý bý ķéý, şö ţĥé ţéxţ çåñ bé ŕéåđ båçķ. Föŕ éxåmpľé, ţýpîñğ “Mééţîñğ åţ 3pm” şţöŕéş “Mééţîñğ åţ 3pm”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>nothing of what you type.</source>
            <translation>[ñöţĥîñğ öf wĥåţ ýöû ţýpé. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>on Amazon S3</source>
            <translation>[öñ Åmåžöñ Ş3 ~~~~]</translation>
        </message>
        <message>
            <source>only how many keys you press. For example, typing “Meeting at 3pm” stores “14 key presses”.</source>
            <translation>[öñľý ĥöw måñý ķéýş ýöû pŕéşş. Föŕ éxåmpľé, ţýpîñğ “Mééţîñğ åţ 3pm” şţöŕéş “14 ķéý pŕéşşéş”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the built-in policy for personal use</source>
            <translation>[ţĥé bûîľţ-îñ pöľîçý föŕ péŕşöñåľ ûşé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the monitor you are working on</source>
            <translation>[ţĥé möñîţöŕ ýöû åŕé wöŕķîñğ öñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>to the folder %1</source>
            <translation>[ţö ţĥé föľđéŕ %1 ~~~~~]</translation>
        </message>
        <message>
            <source>to the storage bucket “%1” %2</source>
            <translation>[ţö ţĥé şţöŕåğé bûçķéţ “%1” %2 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>to the storage bucket “%1” (under “%2/”) %3</source>
            <translation>[ţö ţĥé şţöŕåğé bûçķéţ “%1” (ûñđéŕ “%2/”) %3 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>which keys you press and when, but not the characters. For example, typing “Meeting at 3pm” stores “••••••• •• •••” (Enter, Backspace and shortcuts are kept).</source>
            <translation>[wĥîçĥ ķéýş ýöû pŕéşş åñđ wĥéñ, bûţ ñöţ ţĥé çĥåŕåçţéŕş. Föŕ éxåmpľé, ţýpîñğ “Mééţîñğ åţ 3pm” şţöŕéş “••••••• •• •••” (Éñţéŕ, Båçķşpåçé åñđ şĥöŕţçûţş åŕé ķépţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>your organisation's signed policy</source>
            <translation>[ýöûŕ öŕğåñîşåţîöñ'ş şîğñéđ pöľîçý ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Controls</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>[%n ķéýşţŕöķé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) in %1</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) îñ %1 ~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) wåîţîñğ föŕ ŕévîéw ~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Airlock found moments on your screenshots that look sensitive: redact, flag or dismiss them.</source>
            <translation>[Åîŕľöçķ föûñđ möméñţş öñ ýöûŕ şçŕééñşĥöţş ţĥåţ ľööķ şéñşîţîvé: ŕéđåçţ, fľåğ öŕ đîşmîşş ţĥém. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>An unexpected error happened (%1); see the log.</source>
            <translation>[Åñ ûñéxpéçţéđ éŕŕöŕ ĥåppéñéđ (%1); şéé ţĥé ľöğ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete everything captured in the last %1 (%2 until now)?</source>
            <translation>[Đéľéţé évéŕýţĥîñğ çåpţûŕéđ îñ ţĥé ľåşţ %1 (%2 ûñţîľ ñöw)? ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>[Đéľéţé föŕ ğööđ ~~~~]</translation>
        </message>
        <message>
            <source>Delete recent captures</source>
            <translation>[Đéľéţé ŕéçéñţ çåpţûŕéş ~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the last 15 minutes…</source>
            <translation>[Đéľéţé ţĥé ľåşţ 15 mîñûţéş… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the last 5 minutes…</source>
            <translation>[Đéľéţé ţĥé ľåşţ 5 mîñûţéş… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the last hour…</source>
            <translation>[Đéľéţé ţĥé ľåşţ ĥöûŕ… ~~~~~~]</translation>
        </message>
        <message>
            <source>Download my data…</source>
            <translation>[Đöwñľöåđ mý đåţå… ~~~~~]</translation>
        </message>
        <message>
            <source>Flag the last 15 minutes as sensitive…</source>
            <translation>[Fľåğ ţĥé ľåşţ 15 mîñûţéş åş şéñşîţîvé… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flagged segments never leave this computer.</source>
            <translation>[Fľåğğéđ şéğméñţş ñévéŕ ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>[Ķéép ~]</translation>
        </message>
        <message>
            <source>My privacy settings…</source>
            <translation>[Mý pŕîvåçý şéţţîñğş… ~~~~~~]</translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>[Ñöţ åvåîľåbľé îñ ţĥîş véŕşîöñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing</source>
            <translation>[Ñöţ çåpţûŕîñğ ~~~~]</translation>
        </message>
        <message>
            <source>Not recording this window</source>
            <translation>[Ñöţ ŕéçöŕđîñğ ţĥîş wîñđöw ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was captured between %1 and %2.</source>
            <translation>[Ñöţĥîñğ wåş çåpţûŕéđ béţwééñ %1 åñđ %2. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pause for 1 hour</source>
            <translation>[Påûşé föŕ 1 ĥöûŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Pause for 15 minutes</source>
            <translation>[Påûşé föŕ 15 mîñûţéş ~~~~~~]</translation>
        </message>
        <message>
            <source>Pause until %1</source>
            <translation>[Påûşé ûñţîľ %1 ~~~~]</translation>
        </message>
        <message>
            <source>Pause until I resume</source>
            <translation>[Påûşé ûñţîľ Î ŕéşûmé ~~~~~~]</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>[Påûşéđ ~~]</translation>
        </message>
        <message>
            <source>Policy and privacy…</source>
            <translation>[Pöľîçý åñđ pŕîvåçý… ~~~~~~]</translation>
        </message>
        <message>
            <source>Quit (kept running by your organisation)</source>
            <translation>[Qûîţ (ķépţ ŕûññîñğ bý ýöûŕ öŕğåñîşåţîöñ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Quit Airlock</source>
            <translation>[Qûîţ Åîŕľöçķ ~~~~]</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>[Ŕéçöŕđîñğ ~~~]</translation>
        </message>
        <message>
            <source>Resume recording</source>
            <translation>[Ŕéşûmé ŕéçöŕđîñğ ~~~~~]</translation>
        </message>
        <message>
            <source>Review captures…</source>
            <translation>[Ŕévîéw çåpţûŕéş… ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Review captures… (%n waiting)</source>
            <translation>
                <numerusform>[Ŕévîéw çåpţûŕéş… (%n wåîţîñğ) ~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Show status window</source>
            <translation>[Şĥöw şţåţûş wîñđöw ~~~~~]</translation>
        </message>
        <message>
            <source>That did not work</source>
            <translation>[Ťĥåţ đîđ ñöţ wöŕķ ~~~~~]</translation>
        </message>
        <message>
            <source>The vault is not available: %1</source>
            <translation>[Ťĥé våûľţ îş ñöţ åvåîľåbľé: %1 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This deletes %1: %2, %3 and %4, plus anything captured while this question is open. They are removed from this computer for good and can never be released. This cannot be undone.</source>
            <translation>[Ťĥîş đéľéţéş %1: %2, %3 åñđ %4, pľûş åñýţĥîñğ çåpţûŕéđ wĥîľé ţĥîş qûéşţîöñ îş öpéñ. Ťĥéý åŕé ŕémövéđ fŕöm ţĥîş çömpûţéŕ föŕ ğööđ åñđ çåñ ñévéŕ bé ŕéľéåşéđ. Ťĥîş çåññöţ bé ûñđöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What left my computer…</source>
            <translation>[Wĥåţ ľéfţ mý çömpûţéŕ… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Your organisation's policy keeps Airlock running. You can still pause it at any time, for as long as you need.</source>
            <translation>[Ýöûŕ öŕğåñîşåţîöñ'ş pöľîçý ķéépş Åîŕľöçķ ŕûññîñğ. Ýöû çåñ şţîľľ påûşé îţ åţ åñý ţîmé, föŕ åş ľöñğ åş ýöû ñééđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>everything captured in the last %1</source>
            <translation>[évéŕýţĥîñğ çåpţûŕéđ îñ ţĥé ľåşţ %1 ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation>
                <numerusform>[%n ŕéđåçţîöñ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>[&amp;Évéñţş ~~]</translation>
        </message>
        <message>
            <source>&amp;Screenshots</source>
            <translation>[&amp;Şçŕééñşĥöţş ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Typed text</source>
            <translation>[&amp;Ťýpéđ ţéxţ ~~~]</translation>
        </message>
        <message>
            <source>(no window title)</source>
            <translation>[(ñö wîñđöw ţîţľé) ~~~~~]</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>[Åppľîçåţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Every key and click of the segment, in time order</source>
            <translation>[Évéŕý ķéý åñđ çľîçķ öf ţĥé şéğméñţ, îñ ţîmé öŕđéŕ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every key and click, in time order</source>
            <translation>[Évéŕý ķéý åñđ çľîçķ, îñ ţîmé öŕđéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>[Ñöţĥîñğ şéľéçţéđ ~~~~~]</translation>
        </message>
        <message>
            <source>Raw input events</source>
            <translation>[Ŕåw îñpûţ évéñţş ~~~~~]</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>[Ŕévîéw şţåţé ~~~~]</translation>
        </message>
        <message>
            <source>Segment details</source>
            <translation>[Şéğméñţ đéţåîľş ~~~~]</translation>
        </message>
        <message>
            <source>Select a segment in the timeline to see what was captured.</source>
            <translation>[Şéľéçţ å şéğméñţ îñ ţĥé ţîméľîñé ţö şéé wĥåţ wåş çåpţûŕéđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The screenshots, with the clicks and the redaction tool</source>
            <translation>[Ťĥé şçŕééñşĥöţş, wîţĥ ţĥé çľîçķş åñđ ţĥé ŕéđåçţîöñ ţööľ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time and counts</source>
            <translation>[Ťîmé åñđ çöûñţş ~~~~]</translation>
        </message>
        <message>
            <source>What was typed, and masking parts of it</source>
            <translation>[Wĥåţ wåş ţýpéđ, åñđ måşķîñğ påŕţş öf îţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Window title</source>
            <translation>[Wîñđöw ţîţľé ~~~~]</translation>
        </message>
        <message>
            <source>unknown application</source>
            <translation>[ûñķñöwñ åppľîçåţîöñ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Detectors</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>[%1 åñđ %n möŕé ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>%1 as the application</source>
            <translation>[%1 åş ţĥé åppľîçåţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>%1 in the window title</source>
            <translation>[%1 îñ ţĥé wîñđöw ţîţľé ~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 on screen</source>
            <translation>[%1 öñ şçŕééñ ~~~~]</translation>
        </message>
        <message>
            <source>%1 typed</source>
            <translation>[%1 ţýpéđ ~~]</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>No display: capture needs a graphical session (DISPLAY is not set).</source>
            <translation>[Ñö đîşpľåý: çåpţûŕé ñééđş å ğŕåpĥîçåľ şéşşîöñ (ĐÎŞPĽÅÝ îş ñöţ şéţ). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wayland session: Wayland does not let applications read other windows' input or screen, so Airlock cannot capture here. Log in with an X11 ("Xorg") session to capture; reviewing and releasing still work.</source>
            <translation>[Wåýľåñđ şéşşîöñ: Wåýľåñđ đöéş ñöţ ľéţ åppľîçåţîöñş ŕéåđ öţĥéŕ wîñđöwş' îñpûţ öŕ şçŕééñ, şö Åîŕľöçķ çåññöţ çåpţûŕé ĥéŕé. Ľöğ îñ wîţĥ åñ X11 ("Xöŕğ") şéşşîöñ ţö çåpţûŕé; ŕévîéwîñğ åñđ ŕéľéåşîñğ şţîľľ wöŕķ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Windows desktop</source>
            <translation>[Wîñđöwş đéşķţöp ~~~~]</translation>
        </message>
        <message>
            <source>X11 display %1</source>
            <translation>[X11 đîşpľåý %1 ~~~~]</translation>
        </message>
        <message>
            <source>macOS: needs Input Monitoring, Accessibility and Screen Recording permission</source>
            <translation>[måçÖŞ: ñééđş Îñpûţ Möñîţöŕîñğ, Åççéşşîbîľîţý åñđ Şçŕééñ Ŕéçöŕđîñğ péŕmîşşîöñ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Doctor</name>
        <message>
            <source>%1 — %2, %3, %4, hash %5</source>
            <translation>[%1 — %2, %3, %4, ĥåşĥ %5 ~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 — reads screenshots on this computer for sensitive moments</source>
            <translation>[%1 — ŕéåđş şçŕééñşĥöţş öñ ţĥîş çömpûţéŕ föŕ şéñşîţîvé möméñţş ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 — screenshots not read (the policy turned it off)</source>
            <translation>[%1 — şçŕééñşĥöţş ñöţ ŕéåđ (ţĥé pöľîçý ţûŕñéđ îţ öff) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>[%1, ľîñé %2 ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>[%n åppľîçåţîöñ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>[%n éñţŕîéş ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n loaded</source>
            <translation>
                <numerusform>[%n ľöåđéđ ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) are due to leave but the destination cannot be reached: %1</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) åŕé đûé ţö ľéåvé bûţ ţĥé đéşţîñåţîöñ çåññöţ bé ŕéåçĥéđ: %1 ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) due for %1</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) đûé föŕ %1 ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) due; %1 answers</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) đûé; %1 åñşwéŕş ~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>[(ñöţ şéţ) ~~~]</translation>
        </message>
        <message>
            <source>Data dir</source>
            <translation>[Đåţå đîŕ ~~]</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>[Đîşpľåý ~~]</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>[FÅÎĽÉĐ ~~]</translation>
        </message>
        <message>
            <source>Icons</source>
            <translation>[Îçöñş ~~]</translation>
        </message>
        <message>
            <source>Keyring</source>
            <translation>[Ķéýŕîñğ ~~]</translation>
        </message>
        <message>
            <source>Managed settings read from %1; policy file %2 (location from %3)</source>
            <translation>[Måñåğéđ şéţţîñğş ŕéåđ fŕöm %1; pöľîçý fîľé %2 (ľöçåţîöñ fŕöm %3) ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: %1</source>
            <translation>[Ñöţ çåpţûŕîñğ: %1 ~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: %1 (%2). Run a Secret Service keyring (GNOME Keyring or KWallet) and unlock it.</source>
            <translation>[Ñöţ çåpţûŕîñğ: %1 (%2). Ŕûñ å Şéçŕéţ Şéŕvîçé ķéýŕîñğ (ĞÑÖMÉ Ķéýŕîñğ öŕ ĶWåľľéţ) åñđ ûñľöçķ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: the policy was refused. %1</source>
            <translation>[Ñöţ çåpţûŕîñğ: ţĥé pöľîçý wåş ŕéfûşéđ. %1 ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>[Pöľîçý ~~]</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>[ŔÉFÛŞÉĐ ~~]</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>[Ŕéľéåşé ~~]</translation>
        </message>
        <message>
            <source>Settings (value, and where it came from):</source>
            <translation>[Şéţţîñğş (våľûé, åñđ wĥéŕé îţ çåmé fŕöm): ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>[Våûľţ ~~]</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>[åççépţéđ ~~]</translation>
        </message>
        <message>
            <source>built-in default</source>
            <translation>[bûîľţ-îñ đéfåûľţ ~~~~~]</translation>
        </message>
        <message>
            <source>icons failed to load: %1</source>
            <translation>[îçöñş fåîľéđ ţö ľöåđ: %1 ~~~~~~~]</translation>
        </message>
        <message>
            <source>managed</source>
            <translation>[måñåğéđ ~~]</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>[ñö éñđ đåţé ~~~]</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>[ñöñé föûñđ ~~~]</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>[ñöţ çĥéçķéđ ~~~]</translation>
        </message>
        <message>
            <source>not checked (no policy or vault)</source>
            <translation>[ñöţ çĥéçķéđ (ñö pöľîçý öŕ våûľţ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not checked: no secure keyring</source>
            <translation>[ñöţ çĥéçķéđ: ñö şéçûŕé ķéýŕîñğ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not managed</source>
            <translation>[ñöţ måñåğéđ ~~~]</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>[ñöţ şîğñéđ ~~~]</translation>
        </message>
        <message>
            <source>nothing due now; destination %1</source>
            <translation>[ñöţĥîñğ đûé ñöw; đéşţîñåţîöñ %1 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>problem: %1</source>
            <translation>[pŕöbľém: %1 ~~~]</translation>
        </message>
        <message>
            <source>signed by %1</source>
            <translation>[şîğñéđ bý %1 ~~~~]</translation>
        </message>
        <message>
            <source>the OS's managed folder</source>
            <translation>[ţĥé ÖŞ'ş måñåğéđ föľđéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <source>the folder %1 cannot be written to</source>
            <translation>[ţĥé föľđéŕ %1 çåññöţ bé wŕîţţéñ ţö ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the folder %1 does not exist (is the share mounted?)</source>
            <translation>[ţĥé föľđéŕ %1 đöéş ñöţ éxîşţ (îş ţĥé şĥåŕé möûñţéđ?) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unavailable</source>
            <translation>[ûñåvåîľåbľé ~~~]</translation>
        </message>
        <message>
            <source>unavailable — screenshots are not read for sensitive moments: %1</source>
            <translation>[ûñåvåîľåbľé — şçŕééñşĥöţş åŕé ñöţ ŕéåđ föŕ şéñşîţîvé möméñţş: %1 ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>[våľîđ ûñţîľ %1 ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message>
            <source>%1 %2 %3</source>
            <translation>[%1 %2 %3 ~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>[%n ĥöûŕ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>[%n mîñûţé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>[%n şéçöñđ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>[Åpŕ ~]</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>[Åûğ ~]</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>[Đéç ~]</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>[Féb ~]</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>[Fŕî ~]</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>[Jåñ ~]</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>[Jûľ ~]</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>[Jûñ ~]</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>[Måŕ ~]</translation>
        </message>
        <message>
            <source>May</source>
            <translation>[Måý ~]</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>[Möñ ~]</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>[Ñöv ~]</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>[Öçţ ~]</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>[Şåţ ~]</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>[Şép ~]</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>[Şûñ ~]</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>[Ťĥû ~]</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>[Ťûé ~]</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>[Wéđ ~]</translation>
        </message>
        <message>
            <source>tomorrow %1</source>
            <translation>[ţömöŕŕöw %1 ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source> ("%1" belongs in [%2])</source>
            <translation>[ ("%1" béľöñğş îñ [%2]) ~~~~~~~]</translation>
        </message>
        <message>
            <source> ("%1" is a top-level key: put it before the first [table])</source>
            <translation>[ ("%1" îş å ţöp-ľévéľ ķéý: pûţ îţ béföŕé ţĥé fîŕşţ [ţåbľé]) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source> (did you mean "%1"?)</source>
            <translation>[ (đîđ ýöû méåñ "%1"?) ~~~~~~]</translation>
        </message>
        <message>
            <source>"file:///absolute/path" or "s3://bucket/prefix"</source>
            <translation>["fîľé:///åbşöľûţé/påţĥ" öŕ "ş3://bûçķéţ/pŕéfîx" ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 already exists; it was not overwritten.</source>
            <translation>[%1 åľŕéåđý éxîşţş; îţ wåş ñöţ övéŕwŕîţţéñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 already exists; no keys were written.</source>
            <translation>[%1 åľŕéåđý éxîşţş; ñö ķéýş wéŕé wŕîţţéñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 already exists; not overwriting a signing key.</source>
            <translation>[%1 åľŕéåđý éxîşţş; ñöţ övéŕwŕîţîñğ å şîğñîñğ ķéý. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 exists and is not Airlock's socket; not replacing it.</source>
            <translation>[%1 éxîşţş åñđ îş ñöţ Åîŕľöçķ'ş şöçķéţ; ñöţ ŕépľåçîñğ îţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 is not a duration.</source>
            <translation>[%1 îş ñöţ å đûŕåţîöñ. ~~~~~~]</translation>
        </message>
        <message>
            <source>%1 is not a positive whole number</source>
            <translation>[%1 îş ñöţ å pöşîţîvé wĥöľé ñûmbéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 is not a private directory of yours; the control channel will not use it.</source>
            <translation>[%1 îş ñöţ å pŕîvåţé đîŕéçţöŕý öf ýöûŕş; ţĥé çöñţŕöľ çĥåññéľ wîľľ ñöţ ûşé îţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 is not a shard.</source>
            <translation>[%1 îş ñöţ å şĥåŕđ. ~~~~~]</translation>
        </message>
        <message>
            <source>%1, %2: not valid TOML: %3</source>
            <translation>[%1, %2: ñöţ våľîđ ŤÖMĽ: %3 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1, line %2</source>
            <translation>[%1, ľîñé %2 ~~~]</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid base64 Ed25519 value</source>
            <translation>[%1: %2 îş ñöţ å våľîđ båşé64 Éđ25519 våľûé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>[%1: çåññöţ bé ŕéåđ (%2) ~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: cannot read the collector's signing key (%2).</source>
            <translation>[%1: çåññöţ ŕéåđ ţĥé çöľľéçţöŕ'ş şîğñîñğ ķéý (%2). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: cannot read the organisation's identity (%2).</source>
            <translation>[%1: çåññöţ ŕéåđ ţĥé öŕğåñîşåţîöñ'ş îđéñţîţý (%2). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: cannot read the policy (%2)</source>
            <translation>[%1: çåññöţ ŕéåđ ţĥé pöľîçý (%2) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: cannot read the public key (%2)</source>
            <translation>[%1: çåññöţ ŕéåđ ţĥé pûbľîç ķéý (%2) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: cannot read the signing key (%2)</source>
            <translation>[%1: çåññöţ ŕéåđ ţĥé şîğñîñğ ķéý (%2) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must be a DWORD (a whole number), got %2</source>
            <translation>[%1: mûşţ bé å ĐWÖŔĐ (å wĥöľé ñûmbéŕ), ğöţ %2 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must be a DWORD 1 (on) or 0 (off), got %2</source>
            <translation>[%1: mûşţ bé å ĐWÖŔĐ 1 (öñ) öŕ 0 (öff), ğöţ %2 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must be a dictionary</source>
            <translation>[%1: mûşţ bé å đîçţîöñåŕý ~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must be a dictionary of %2 keys</source>
            <translation>[%1: mûşţ bé å đîçţîöñåŕý öf %2 ķéýş ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must be a number (e.g. 30 or 0.5), got %2</source>
            <translation>[%1: mûşţ bé å ñûmbéŕ (é.ğ. 30 öŕ 0.5), ğöţ %2 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must be a string value (REG_SZ), got registry type %2</source>
            <translation>[%1: mûşţ bé å şţŕîñğ våľûé (ŔÉĞ_ŞŽ), ğöţ ŕéğîşţŕý ţýpé %2 ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must hold a dictionary of settings</source>
            <translation>[%1: mûşţ ĥöľđ å đîçţîöñåŕý öf şéţţîñğş ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: must list numbers separated by commas (e.g. 1,2,3), got %2</source>
            <translation>[%1: mûşţ ľîşţ ñûmbéŕş şépåŕåţéđ bý çömmåş (é.ğ. 1,2,3), ğöţ %2 ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: no age X25519 identity (AGE-SECRET-KEY-1…) in this file.</source>
            <translation>[%1: ñö åğé X25519 îđéñţîţý (ÅĞÉ-ŞÉÇŔÉŤ-ĶÉÝ-1…) îñ ţĥîş fîľé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: no trusted policy keys are installed in %2, so the signature cannot be checked</source>
            <translation>[%1: ñö ţŕûşţéđ pöľîçý ķéýş åŕé îñşţåľľéđ îñ %2, şö ţĥé şîğñåţûŕé çåññöţ bé çĥéçķéđ ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not UTF-8 text (byte %2)</source>
            <translation>[%1: ñöţ ÛŤF-8 ţéxţ (býţé %2) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not a PEM private key.</source>
            <translation>[%1: ñöţ å PÉM pŕîvåţé ķéý. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not a PEM public key</source>
            <translation>[%1: ñöţ å PÉM pûbľîç ķéý ~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not a PEM public key.</source>
            <translation>[%1: ñöţ å PÉM pûbľîç ķéý. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not a policy file (it is missing or a directory)</source>
            <translation>[%1: ñöţ å pöľîçý fîľé (îţ îş mîşşîñğ öŕ å đîŕéçţöŕý) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not a valid property list (%2)</source>
            <translation>[%1: ñöţ å våľîđ pŕöpéŕţý ľîşţ (%2) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not an Airlock policy signature (format %2)</source>
            <translation>[%1: ñöţ åñ Åîŕľöçķ pöľîçý şîğñåţûŕé (föŕmåţ %2) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 private key</source>
            <translation>[%1: ñöţ åñ Éđ25519 pŕîvåţé ķéý ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 private key.</source>
            <translation>[%1: ñöţ åñ Éđ25519 pŕîvåţé ķéý. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 public key</source>
            <translation>[%1: ñöţ åñ Éđ25519 pûbľîç ķéý ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not an Ed25519 public key.</source>
            <translation>[%1: ñöţ åñ Éđ25519 pûbľîç ķéý. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not an unencrypted PEM private key</source>
            <translation>[%1: ñöţ åñ ûñéñçŕýpţéđ PÉM pŕîvåţé ķéý ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: not valid TOML (%2)</source>
            <translation>[%1: ñöţ våľîđ ŤÖMĽ (%2) ~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: says managed = true but is not signed (%2 is missing)</source>
            <translation>[%1: şåýş måñåğéđ = ţŕûé bûţ îş ñöţ şîğñéđ (%2 îş mîşşîñğ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: signed by key %2, which is not one of the organisation's trusted keys</source>
            <translation>[%1: şîğñéđ bý ķéý %2, wĥîçĥ îş ñöţ öñé öf ţĥé öŕğåñîşåţîöñ'ş ţŕûşţéđ ķéýş ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the policy applied until %2; it has expired, so nothing is captured.</source>
            <translation>[%1: ţĥé pöľîçý åppľîéđ ûñţîľ %2; îţ ĥåş éxpîŕéđ, şö ñöţĥîñğ îş çåpţûŕéđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the policy file is too large (over %2 bytes)</source>
            <translation>[%1: ţĥé pöľîçý fîľé îş ţöö ľåŕğé (övéŕ %2 býţéş) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the policy is not signed (%2 is missing)</source>
            <translation>[%1: ţĥé pöľîçý îş ñöţ şîğñéđ (%2 îş mîşşîñğ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the policy is not text</source>
            <translation>[%1: ţĥé pöľîçý îş ñöţ ţéxţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the policy must be a table of keys, got %2</source>
            <translation>[%1: ţĥé pöľîçý mûşţ bé å ţåbľé öf ķéýş, ğöţ %2 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the signature does not match the policy file: the policy was changed after it was signed</source>
            <translation>[%1: ţĥé şîğñåţûŕé đöéş ñöţ måţçĥ ţĥé pöľîçý fîľé: ţĥé pöľîçý wåş çĥåñğéđ åfţéŕ îţ wåş şîğñéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the signature file is damaged (not readable)</source>
            <translation>[%1: ţĥé şîğñåţûŕé fîľé îş đåmåğéđ (ñöţ ŕéåđåbľé) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: the trusted device keys directory does not exist.</source>
            <translation>[%1: ţĥé ţŕûşţéđ đévîçé ķéýş đîŕéçţöŕý đöéş ñöţ éxîşţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: too large (over %2 bytes)</source>
            <translation>[%1: ţöö ľåŕğé (övéŕ %2 býţéş) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: unknown key; unknown keys are refused so a typo cannot loosen a rule</source>
            <translation>[%1: ûñķñöwñ ķéý; ûñķñöwñ ķéýş åŕé ŕéfûşéđ şö å ţýpö çåññöţ ľööşéñ å ŕûľé ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1: unknown value; unknown keys are refused so a typo cannot loosen a rule</source>
            <translation>[%1: ûñķñöwñ våľûé; ûñķñöwñ ķéýş åŕé ŕéfûşéđ şö å ţýpö çåññöţ ľööşéñ å ŕûľé ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(%1) Restart Airlock; nothing already stored was lost.</source>
            <translation>[(%1) Ŕéşţåŕţ Åîŕľöçķ; ñöţĥîñğ åľŕéåđý şţöŕéđ wåş ľöşţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>(%1) The shortcut works while Airlock's windows have focus.</source>
            <translation>[(%1) Ťĥé şĥöŕţçûţ wöŕķş wĥîľé Åîŕľöçķ'ş wîñđöwş ĥåvé föçûş. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>--workers must be at least 1.</source>
            <translation>[--wöŕķéŕş mûşţ bé åţ ľéåşţ 1. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A collector with another shard layout (%1) is running on this lake; shard %2 would overlap it.</source>
            <translation>[Å çöľľéçţöŕ wîţĥ åñöţĥéŕ şĥåŕđ ľåýöûţ (%1) îş ŕûññîñğ öñ ţĥîş ľåķé; şĥåŕđ %2 wöûľđ övéŕľåp îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A managed policy is in force on this computer (%1); %2 cannot replace it.</source>
            <translation>[Å måñåğéđ pöľîçý îş îñ föŕçé öñ ţĥîş çömpûţéŕ (%1); %2 çåññöţ ŕépľåçé îţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A page of the vault failed its integrity check (it was changed or damaged on disk).</source>
            <translation>[Å påğé öf ţĥé våûľţ fåîľéđ îţş îñţéğŕîţý çĥéçķ (îţ wåş çĥåñğéđ öŕ đåmåğéđ öñ đîşķ). ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A screenshot could not be taken.</source>
            <translation>[Å şçŕééñşĥöţ çöûľđ ñöţ bé ţåķéñ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is running (pid %1) but its control channel does not answer.</source>
            <translation>[Åîŕľöçķ îş ŕûññîñğ (pîđ %1) bûţ îţş çöñţŕöľ çĥåññéľ đöéş ñöţ åñşwéŕ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock keeps its encryption key in the system keyring and will not capture without one. On Linux, run a Secret Service provider (GNOME Keyring or KWallet) and unlock it; check with `airlock doctor`.</source>
            <translation>[Åîŕľöçķ ķéépş îţş éñçŕýpţîöñ ķéý îñ ţĥé şýşţém ķéýŕîñğ åñđ wîľľ ñöţ çåpţûŕé wîţĥöûţ öñé. Öñ Ľîñûx, ŕûñ å Şéçŕéţ Şéŕvîçé pŕövîđéŕ (ĞÑÖMÉ Ķéýŕîñğ öŕ ĶWåľľéţ) åñđ ûñľöçķ îţ; çĥéçķ wîţĥ `åîŕľöçķ đöçţöŕ`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock may not write to the release folder (%1).</source>
            <translation>[Åîŕľöçķ måý ñöţ wŕîţé ţö ţĥé ŕéľéåşé föľđéŕ (%1). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock tries again at the next release run.</source>
            <translation>[Åîŕľöçķ ţŕîéş åğåîñ åţ ţĥé ñéxţ ŕéľéåşé ŕûñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Another application already uses %1 as a shortcut.</source>
            <translation>[Åñöţĥéŕ åppľîçåţîöñ åľŕéåđý ûşéş %1 åş å şĥöŕţçûţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Another collector took shard %1 at the same moment.</source>
            <translation>[Åñöţĥéŕ çöľľéçţöŕ ţööķ şĥåŕđ %1 åţ ţĥé şåmé möméñţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Another process holds this window's mark.</source>
            <translation>[Åñöţĥéŕ pŕöçéşş ĥöľđş ţĥîş wîñđöw'ş måŕķ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT for the renewed policy (a signed file with a later valid_until).</source>
            <translation>[Åşķ ÎŤ föŕ ţĥé ŕéñéwéđ pöľîçý (å şîğñéđ fîľé wîţĥ å ľåţéŕ våľîđ_ûñţîľ). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT for working write-only credentials and store them with `airlock keys s3-credentials`.</source>
            <translation>[Åşķ ÎŤ föŕ wöŕķîñğ wŕîţé-öñľý çŕéđéñţîåľş åñđ şţöŕé ţĥém wîţĥ `åîŕľöçķ ķéýş ş3-çŕéđéñţîåľş`. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to add the organisation's age recipient (`airlock keys init-org`).</source>
            <translation>[Åşķ ÎŤ ţö åđđ ţĥé öŕğåñîşåţîöñ'ş åğé ŕéçîpîéñţ (`åîŕľöçķ ķéýş îñîţ-öŕğ`). ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to check release.destination in the policy.</source>
            <translation>[Åşķ ÎŤ ţö çĥéçķ ŕéľéåşé.đéşţîñåţîöñ îñ ţĥé pöľîçý. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to check the destination; retrying will not help.</source>
            <translation>[Åşķ ÎŤ ţö çĥéçķ ţĥé đéşţîñåţîöñ; ŕéţŕýîñğ wîľľ ñöţ ĥéľp. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to correct the managed setting (Group Policy, MDM profile or /etc/airlock); nothing is captured until it is valid.</source>
            <translation>[Åşķ ÎŤ ţö çöŕŕéçţ ţĥé måñåğéđ şéţţîñğ (Ğŕöûp Pöľîçý, MĐM pŕöfîľé öŕ /éţç/åîŕľöçķ); ñöţĥîñğ îş çåpţûŕéđ ûñţîľ îţ îş våľîđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to give this computer write access to the folder.</source>
            <translation>[Åşķ ÎŤ ţö ğîvé ţĥîş çömpûţéŕ wŕîţé åççéşş ţö ţĥé föľđéŕ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to set release.destination (a folder or s3://bucket/prefix).</source>
            <translation>[Åşķ ÎŤ ţö şéţ ŕéľéåşé.đéşţîñåţîöñ (å föľđéŕ öŕ ş3://bûçķéţ/pŕéfîx). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask IT to withdraw it at the old destination.</source>
            <translation>[Åşķ ÎŤ ţö wîţĥđŕåw îţ åţ ţĥé öľđ đéşţîñåţîöñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ask your IT department for a correctly signed policy. Nothing is captured until then.</source>
            <translation>[Åşķ ýöûŕ ÎŤ đépåŕţméñţ föŕ å çöŕŕéçţľý şîğñéđ pöľîçý. Ñöţĥîñğ îş çåpţûŕéđ ûñţîľ ţĥéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Bundle %1 went to %2, but the policy now names %3.</source>
            <translation>[Bûñđľé %1 wéñţ ţö %2, bûţ ţĥé pöľîçý ñöw ñåméş %3. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Capture cannot run in this session.</source>
            <translation>[Çåpţûŕé çåññöţ ŕûñ îñ ţĥîş şéşşîöñ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Capture does not run without it: keys could be judged by the wrong window.</source>
            <translation>[Çåpţûŕé đöéş ñöţ ŕûñ wîţĥöûţ îţ: ķéýş çöûľđ bé jûđğéđ bý ţĥé wŕöñğ wîñđöw. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check %1.</source>
            <translation>[Çĥéçķ %1. ~~~]</translation>
        </message>
        <message>
            <source>Check DISPLAY (%1).</source>
            <translation>[Çĥéçķ ĐÎŞPĽÅÝ (%1). ~~~~~~]</translation>
        </message>
        <message>
            <source>Check DISPLAY.</source>
            <translation>[Çĥéçķ ĐÎŞPĽÅÝ. ~~~~]</translation>
        </message>
        <message>
            <source>Check it with `airlock status`.</source>
            <translation>[Çĥéçķ îţ wîţĥ `åîŕľöçķ şţåţûş`. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check that %1 is writable by you.</source>
            <translation>[Çĥéçķ ţĥåţ %1 îş wŕîţåbľé bý ýöû. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check that it is your own Airlock (`airlock status`).</source>
            <translation>[Çĥéçķ ţĥåţ îţ îş ýöûŕ öwñ Åîŕľöçķ (`åîŕľöçķ şţåţûş`). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check that the display allows input monitoring (X RECORD extension).</source>
            <translation>[Çĥéçķ ţĥåţ ţĥé đîşpľåý åľľöwş îñpûţ möñîţöŕîñğ (X ŔÉÇÖŔĐ éxţéñşîöñ). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check the keyring with `airlock doctor`.</source>
            <translation>[Çĥéçķ ţĥé ķéýŕîñğ wîţĥ `åîŕľöçķ đöçţöŕ`. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose an empty directory for new organisation keys.</source>
            <translation>[Çĥööşé åñ émpţý đîŕéçţöŕý föŕ ñéw öŕğåñîşåţîöñ ķéýş. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose another --out directory, or move the old key away first.</source>
            <translation>[Çĥööşé åñöţĥéŕ --öûţ đîŕéçţöŕý, öŕ mövé ţĥé öľđ ķéý åwåý fîŕşţ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose another pause shortcut (airlock app --pause-shortcut KEYS).</source>
            <translation>[Çĥööşé åñöţĥéŕ påûşé şĥöŕţçûţ (åîŕľöçķ åpp --påûşé-şĥöŕţçûţ ĶÉÝŞ). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose another pause shortcut.</source>
            <translation>[Çĥööşé åñöţĥéŕ påûşé şĥöŕţçûţ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Close the other Airlock (see `airlock status`) and try again.</source>
            <translation>[Çľöşé ţĥé öţĥéŕ Åîŕľöçķ (şéé `åîŕľöçķ şţåţûş`) åñđ ţŕý åğåîñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Close the review window and try again; the deletion itself is committed.</source>
            <translation>[Çľöşé ţĥé ŕévîéw wîñđöw åñđ ţŕý åğåîñ; ţĥé đéľéţîöñ îţşéľf îş çömmîţţéđ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Correct the policy file (the format is described in docs/policy-reference.md). Nothing is captured until it is valid.</source>
            <translation>[Çöŕŕéçţ ţĥé pöľîçý fîľé (ţĥé föŕmåţ îş đéşçŕîbéđ îñ đöçş/pöľîçý-ŕéféŕéñçé.mđ). Ñöţĥîñğ îş çåpţûŕéđ ûñţîľ îţ îş våľîđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not connect to the X display for keyboard and mouse.</source>
            <translation>[Çöûľđ ñöţ çöññéçţ ţö ţĥé X đîşpľåý föŕ ķéýböåŕđ åñđ möûşé. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not connect to the X display to follow the active window.</source>
            <translation>[Çöûľđ ñöţ çöññéçţ ţö ţĥé X đîşpľåý ţö föľľöw ţĥé åçţîvé wîñđöw. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not mark this window as Airlock's own (%1), so a recording could capture it.</source>
            <translation>[Çöûľđ ñöţ måŕķ ţĥîş wîñđöw åş Åîŕľöçķ'ş öwñ (%1), şö å ŕéçöŕđîñğ çöûľđ çåpţûŕé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not open the control channel (%1).</source>
            <translation>[Çöûľđ ñöţ öpéñ ţĥé çöñţŕöľ çĥåññéľ (%1). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not reach the running Airlock (%1).</source>
            <translation>[Çöûľđ ñöţ ŕéåçĥ ţĥé ŕûññîñğ Åîŕľöçķ (%1). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not read the control token (%1).</source>
            <translation>[Çöûľđ ñöţ ŕéåđ ţĥé çöñţŕöľ ţöķéñ (%1). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Could not write the control channel's token (%1).</source>
            <translation>[Çöûľđ ñöţ wŕîţé ţĥé çöñţŕöľ çĥåññéľ'ş ţöķéñ (%1). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Create one with `airlock keys collector-key --out DIR` and pass --signing-key FILE.</source>
            <translation>[Çŕéåţé öñé wîţĥ `åîŕľöçķ ķéýş çöľľéçţöŕ-ķéý --öûţ ĐÎŔ` åñđ påşş --şîğñîñğ-ķéý FÎĽÉ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Create one with `airlock keys collector-key --out DIR`.</source>
            <translation>[Çŕéåţé öñé wîţĥ `åîŕľöçķ ķéýş çöľľéçţöŕ-ķéý --öûţ ĐÎŔ`. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the segment instead.</source>
            <translation>[Đéľéţé ţĥé şéğméñţ îñşţéåđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted data could not yet be removed from the vault's journal because another reader is active.</source>
            <translation>[Đéľéţéđ đåţå çöûľđ ñöţ ýéţ bé ŕémövéđ fŕöm ţĥé våûľţ'ş jöûŕñåľ béçåûşé åñöţĥéŕ ŕéåđéŕ îş åçţîvé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Draw them on the image.</source>
            <translation>[Đŕåw ţĥém öñ ţĥé îmåğé. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Examples: --until 17:00, --until tomorrow, --until "tomorrow 9:00"</source>
            <translation>[Éxåmpľéş: --ûñţîľ 17:00, --ûñţîľ ţömöŕŕöw, --ûñţîľ "ţömöŕŕöw 9:00" ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>[Éxpöŕţ çåñçéľľéđ; ñöţĥîñğ wåş wŕîţţéñ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Falling back to pynput.</source>
            <translation>[Fåľľîñğ båçķ ţö pýñpûţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Fix that first (see `airlock doctor`).</source>
            <translation>[Fîx ţĥåţ fîŕşţ (şéé `åîŕľöçķ đöçţöŕ`). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flag the segment, or mask the typed text in the review window.</source>
            <translation>[Fľåğ ţĥé şéğméñţ, öŕ måşķ ţĥé ţýpéđ ţéxţ îñ ţĥé ŕévîéw wîñđöw. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Free some space; capture resumes by itself. Nothing already stored was lost.</source>
            <translation>[Fŕéé şömé şpåçé; çåpţûŕé ŕéşûméş bý îţşéľf. Ñöţĥîñğ åľŕéåđý şţöŕéđ wåş ľöşţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Free some space; screenshots resume by themselves.</source>
            <translation>[Fŕéé şömé şpåçé; şçŕééñşĥöţş ŕéşûmé bý ţĥémşéľvéş. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>From a terminal, `airlock search WORDS` finds captured segments.</source>
            <translation>[Fŕöm å ţéŕmîñåľ, `åîŕľöçķ şéåŕçĥ WÖŔĐŞ` fîñđş çåpţûŕéđ şéğméñţş. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Give a time later today, or a duration like 30m.</source>
            <translation>[Ğîvé å ţîmé ľåţéŕ ţöđåý, öŕ å đûŕåţîöñ ľîķé 30m. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Give each collector its own --shard, or wait for that run to finish (its lease expires %1 s from now).</source>
            <translation>[Ğîvé éåçĥ çöľľéçţöŕ îţş öwñ --şĥåŕđ, öŕ wåîţ föŕ ţĥåţ ŕûñ ţö fîñîşĥ (îţş ľéåşé éxpîŕéş %1 ş fŕöm ñöw). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Give each collector its own --shard.</source>
            <translation>[Ğîvé éåçĥ çöľľéçţöŕ îţş öwñ --şĥåŕđ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Install the collector's extra: pip install 'airlock[lake]'.</source>
            <translation>[Îñşţåľľ ţĥé çöľľéçţöŕ'ş éxţŕå: pîp îñşţåľľ 'åîŕľöçķ[ľåķé]'. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Install the newer Airlock again; the vault has not been changed.</source>
            <translation>[Îñşţåľľ ţĥé ñéwéŕ Åîŕľöçķ åğåîñ; ţĥé våûľţ ĥåş ñöţ bééñ çĥåñğéđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Install the organisation's public key in the trusted-keys directory, or re-sign the policy with a trusted key. Nothing is captured until then.</source>
            <translation>[Îñşţåľľ ţĥé öŕğåñîşåţîöñ'ş pûbľîç ķéý îñ ţĥé ţŕûşţéđ-ķéýş đîŕéçţöŕý, öŕ ŕé-şîğñ ţĥé pöľîçý wîţĥ å ţŕûşţéđ ķéý. Ñöţĥîñğ îş çåpţûŕéđ ûñţîľ ţĥéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It is retried at the next run; see the log.</source>
            <translation>[Îţ îş ŕéţŕîéđ åţ ţĥé ñéxţ ŕûñ; şéé ţĥé ľöğ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It may be shutting down; try again.</source>
            <translation>[Îţ måý bé şĥûţţîñğ đöwñ; ţŕý åğåîñ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It may be starting or stopping; try again in a moment.</source>
            <translation>[Îţ måý bé şţåŕţîñğ öŕ şţöppîñğ; ţŕý åğåîñ îñ å möméñţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It may have been deleted meanwhile.</source>
            <translation>[Îţ måý ĥåvé bééñ đéľéţéđ méåñwĥîľé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>It must be owned by you with mode 0700.</source>
            <translation>[Îţ mûşţ bé öwñéđ bý ýöû wîţĥ möđé 0700. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Its segment or screenshot may have been deleted.</source>
            <translation>[Îţş şéğméñţ öŕ şçŕééñşĥöţ måý ĥåvé bééñ đéľéţéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keyboard and mouse cannot be captured.</source>
            <translation>[Ķéýböåŕđ åñđ möûşé çåññöţ bé çåpţûŕéđ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keyboard and mouse hooks could not be installed.</source>
            <translation>[Ķéýböåŕđ åñđ möûşé ĥööķş çöûľđ ñöţ bé îñşţåľľéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keyboard and mouse hooks did not start in time.</source>
            <translation>[Ķéýböåŕđ åñđ möûşé ĥööķş đîđ ñöţ şţåŕţ îñ ţîmé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keyboard and mouse hooks stopped while starting.</source>
            <translation>[Ķéýböåŕđ åñđ möûşé ĥööķş şţöppéđ wĥîľé şţåŕţîñğ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lake %1 is not an s3:// URL or a folder.</source>
            <translation>[Ľåķé %1 îş ñöţ åñ ş3:// ÛŔĽ öŕ å föľđéŕ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lake %1 names no bucket.</source>
            <translation>[Ľåķé %1 ñåméş ñö bûçķéţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>List segments with the review window.</source>
            <translation>[Ľîşţ şéğméñţş wîţĥ ţĥé ŕévîéw wîñđöw. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Make it private: chmod 700 %1</source>
            <translation>[Måķé îţ pŕîvåţé: çĥmöđ 700 %1 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mount the share and name its local path.</source>
            <translation>[Möûñţ ţĥé şĥåŕé åñđ ñåmé îţş ľöçåľ påţĥ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mount the share or create the folder; the release is retried later.</source>
            <translation>[Möûñţ ţĥé şĥåŕé öŕ çŕéåţé ţĥé föľđéŕ; ţĥé ŕéľéåşé îş ŕéţŕîéđ ľåţéŕ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No bundle %1 left this computer.</source>
            <translation>[Ñö bûñđľé %1 ľéfţ ţĥîş çömpûţéŕ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No object store credentials are in the keyring.</source>
            <translation>[Ñö öbjéçţ şţöŕé çŕéđéñţîåľş åŕé îñ ţĥé ķéýŕîñğ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No secret access key was given.</source>
            <translation>[Ñö şéçŕéţ åççéşş ķéý wåş ğîvéñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No segments were selected.</source>
            <translation>[Ñö şéğméñţş wéŕé şéľéçţéđ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>No such segment: %1.</source>
            <translation>[Ñö şûçĥ şéğméñţ: %1. ~~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: %1 (%2).</source>
            <translation>[Ñöţ çåpţûŕîñğ: %1 (%2). ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: the keyring refused access (%1).</source>
            <translation>[Ñöţ çåpţûŕîñğ: ţĥé ķéýŕîñğ ŕéfûşéđ åççéşş (%1). ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: writing to the vault failed unexpectedly.</source>
            <translation>[Ñöţ çåpţûŕîñğ: wŕîţîñğ ţö ţĥé våûľţ fåîľéđ ûñéxpéçţéđľý. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not recording: consent to the policy in force has not been given.</source>
            <translation>[Ñöţ ŕéçöŕđîñğ: çöñşéñţ ţö ţĥé pöľîçý îñ föŕçé ĥåş ñöţ bééñ ğîvéñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not recording: this session cannot be captured.</source>
            <translation>[Ñöţ ŕéçöŕđîñğ: ţĥîş şéşşîöñ çåññöţ bé çåpţûŕéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing is sent: there is no consent on record for the policy in force.</source>
            <translation>[Ñöţĥîñğ îş şéñţ: ţĥéŕé îş ñö çöñşéñţ öñ ŕéçöŕđ föŕ ţĥé pöľîçý îñ föŕçé. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was changed. If you restored the file from another computer, restore its key too.</source>
            <translation>[Ñöţĥîñğ wåş çĥåñğéđ. Îf ýöû ŕéşţöŕéđ ţĥé fîľé fŕöm åñöţĥéŕ çömpûţéŕ, ŕéşţöŕé îţş ķéý ţöö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was changed. Restore the vault from a backup, or move it aside to start a new one.</source>
            <translation>[Ñöţĥîñğ wåş çĥåñğéđ. Ŕéşţöŕé ţĥé våûľţ fŕöm å båçķûp, öŕ mövé îţ åşîđé ţö şţåŕţ å ñéw öñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open Settings and choose them again; the organisation's policy applies meanwhile.</source>
            <translation>[Öpéñ Şéţţîñğş åñđ çĥööşé ţĥém åğåîñ; ţĥé öŕğåñîşåţîöñ'ş pöľîçý åppľîéş méåñwĥîľé. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Read and accept the policy first (`airlock consent`).</source>
            <translation>[Ŕéåđ åñđ åççépţ ţĥé pöľîçý fîŕşţ (`åîŕľöçķ çöñşéñţ`). ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Read it again with `airlock consent`, then answer.</source>
            <translation>[Ŕéåđ îţ åğåîñ wîţĥ `åîŕľöçķ çöñşéñţ`, ţĥéñ åñşwéŕ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Read it with `airlock consent`, then agree with `airlock consent --accept`.</source>
            <translation>[Ŕéåđ îţ wîţĥ `åîŕľöçķ çöñşéñţ`, ţĥéñ åğŕéé wîţĥ `åîŕľöçķ çöñşéñţ --åççépţ`. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recipient %1 in the policy is not a valid age X25519 recipient.</source>
            <translation>[Ŕéçîpîéñţ %1 îñ ţĥé pöľîçý îş ñöţ å våľîđ åğé X25519 ŕéçîpîéñţ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recipients look like age1… (see `airlock keys init-org`).</source>
            <translation>[Ŕéçîpîéñţş ľööķ ľîķé åğé1… (şéé `åîŕľöçķ ķéýş îñîţ-öŕğ`). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Release destination %1 is not a folder or an s3:// URL.</source>
            <translation>[Ŕéľéåşé đéşţîñåţîöñ %1 îş ñöţ å föľđéŕ öŕ åñ ş3:// ÛŔĽ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Release destination %1 names no bucket.</source>
            <translation>[Ŕéľéåşé đéşţîñåţîöñ %1 ñåméş ñö bûçķéţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Release destination %1: only local file:/// URLs are supported.</source>
            <translation>[Ŕéľéåşé đéşţîñåţîöñ %1: öñľý ľöçåľ fîľé:/// ÛŔĽş åŕé şûppöŕţéđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove %1 and restart Airlock.</source>
            <translation>[Ŕémövé %1 åñđ ŕéşţåŕţ Åîŕľöçķ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove %1 to run with your organisation's policy. You can make it stricter in your personal settings, never looser.</source>
            <translation>[Ŕémövé %1 ţö ŕûñ wîţĥ ýöûŕ öŕğåñîşåţîöñ'ş pöľîçý. Ýöû çåñ måķé îţ şţŕîçţéŕ îñ ýöûŕ péŕşöñåľ şéţţîñğş, ñévéŕ ľööşéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove it and start again.</source>
            <translation>[Ŕémövé îţ åñđ şţåŕţ åğåîñ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove the public bucket policy or ACL (docs/deploying.md gives the lake's bucket policy: only the collector role writes it, only the training role reads it).</source>
            <translation>[Ŕémövé ţĥé pûbľîç bûçķéţ pöľîçý öŕ ÅÇĽ (đöçş/đépľöýîñğ.mđ ğîvéş ţĥé ľåķé'ş bûçķéţ pöľîçý: öñľý ţĥé çöľľéçţöŕ ŕöľé wŕîţéş îţ, öñľý ţĥé ţŕåîñîñğ ŕöľé ŕéåđş îţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Restart Airlock to write a new one.</source>
            <translation>[Ŕéşţåŕţ Åîŕľöçķ ţö wŕîţé å ñéw öñé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Run `airlock` for the desktop app with its tray icon.</source>
            <translation>[Ŕûñ `åîŕľöçķ` föŕ ţĥé đéşķţöp åpp wîţĥ îţş ţŕåý îçöñ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Run every collector of a lake with the same shard count (--shard i/N).</source>
            <translation>[Ŕûñ évéŕý çöľľéçţöŕ öf å ľåķé wîţĥ ţĥé şåmé şĥåŕđ çöûñţ (--şĥåŕđ î/Ñ). ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Run it from your desktop, or use `airlock record --headless` and the control commands.</source>
            <translation>[Ŕûñ îţ fŕöm ýöûŕ đéşķţöp, öŕ ûşé `åîŕľöçķ ŕéçöŕđ --ĥéåđľéşş` åñđ ţĥé çöñţŕöľ çömmåñđş. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Run the collector from a pip installation: pip install 'airlock[lake]'.</source>
            <translation>[Ŕûñ ţĥé çöľľéçţöŕ fŕöm å pîp îñşţåľľåţîöñ: pîp îñşţåľľ 'åîŕľöçķ[ľåķé]'. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save each device's key (`airlock keys device` on that device) into it.</source>
            <translation>[Şåvé éåçĥ đévîçé'ş ķéý (`åîŕľöçķ ķéýş đévîçé` öñ ţĥåţ đévîçé) îñţö îţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots cannot be read here: %1.</source>
            <translation>[Şçŕééñşĥöţş çåññöţ bé ŕéåđ ĥéŕé: %1. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots cannot be taken.</source>
            <translation>[Şçŕééñşĥöţş çåññöţ bé ţåķéñ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sealing the bundle failed (%1).</source>
            <translation>[Şéåľîñğ ţĥé bûñđľé fåîľéđ (%1). ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>See `airlock releases`.</source>
            <translation>[Şéé `åîŕľöçķ ŕéľéåşéş`. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Select some typed text to mask.</source>
            <translation>[Şéľéçţ şömé ţýpéđ ţéxţ ţö måşķ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Shard %1 of the lake is being collected by another collector (host %2, process %3, run %4).</source>
            <translation>[Şĥåŕđ %1 öf ţĥé ľåķé îş béîñğ çöľľéçţéđ bý åñöţĥéŕ çöľľéçţöŕ (ĥöşţ %2, pŕöçéşş %3, ŕûñ %4). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Shorten it.</source>
            <translation>[Şĥöŕţéñ îţ. ~~~]</translation>
        </message>
        <message>
            <source>Sign it with `airlock policy sign --key KEY FILE`, or set managed = false to evaluate it.</source>
            <translation>[Şîğñ îţ wîţĥ `åîŕľöçķ pöľîçý şîğñ --ķéý ĶÉÝ FÎĽÉ`, öŕ şéţ måñåğéđ = fåľşé ţö évåľûåţé îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Sign it with `airlock policy sign --key KEY FILE`.</source>
            <translation>[Şîğñ îţ wîţĥ `åîŕľöçķ pöľîçý şîğñ --ķéý ĶÉÝ FÎĽÉ`. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start Airlock once to create it.</source>
            <translation>[Şţåŕţ Åîŕľöçķ öñçé ţö çŕéåţé îţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Store the write-only credentials IT gave you with `airlock keys s3-credentials`.</source>
            <translation>[Şţöŕé ţĥé wŕîţé-öñľý çŕéđéñţîåľş ÎŤ ğåvé ýöû wîţĥ `åîŕľöçķ ķéýş ş3-çŕéđéñţîåľş`. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Switch on Airlock in System Settings › Privacy &amp; Security › Input Monitoring.</source>
            <translation>[Şwîţçĥ öñ Åîŕľöçķ îñ Şýşţém Şéţţîñğş › Pŕîvåçý &amp; Şéçûŕîţý › Îñpûţ Möñîţöŕîñğ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That screenshot no longer exists.</source>
            <translation>[Ťĥåţ şçŕééñşĥöţ ñö ľöñğéŕ éxîşţş. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That segment no longer exists.</source>
            <translation>[Ťĥåţ şéğméñţ ñö ľöñğéŕ éxîşţş. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That suggestion no longer exists.</source>
            <translation>[Ťĥåţ şûğğéşţîöñ ñö ľöñğéŕ éxîşţş. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That suggestion was already answered (%1).</source>
            <translation>[Ťĥåţ şûğğéşţîöñ wåş åľŕéåđý åñşwéŕéđ (%1). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That time has already passed.</source>
            <translation>[Ťĥåţ ţîmé ĥåş åľŕéåđý påşşéđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The Windows registry exists only on Windows.</source>
            <translation>[Ťĥé Wîñđöwş ŕéğîşţŕý éxîşţş öñľý öñ Wîñđöwş. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The X display cannot be reached for the global shortcut.</source>
            <translation>[Ťĥé X đîşpľåý çåññöţ bé ŕéåçĥéđ föŕ ţĥé ğľöbåľ şĥöŕţçûţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The X server has no RECORD extension.</source>
            <translation>[Ťĥé X şéŕvéŕ ĥåş ñö ŔÉÇÖŔĐ éxţéñşîöñ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The active window cannot be observed.</source>
            <translation>[Ťĥé åçţîvé wîñđöw çåññöţ bé öbşéŕvéđ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The background release failed unexpectedly.</source>
            <translation>[Ťĥé båçķğŕöûñđ ŕéľéåşé fåîľéđ ûñéxpéçţéđľý. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The bucket %1 does not exist at the object store.</source>
            <translation>[Ťĥé bûçķéţ %1 đöéş ñöţ éxîşţ åţ ţĥé öbjéçţ şţöŕé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The connection to the running Airlock failed (%1).</source>
            <translation>[Ťĥé çöññéçţîöñ ţö ţĥé ŕûññîñğ Åîŕľöçķ fåîľéđ (%1). ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The control channel did not prove it is Airlock; refusing to talk to it.</source>
            <translation>[Ťĥé çöñţŕöľ çĥåññéľ đîđ ñöţ pŕövé îţ îş Åîŕľöçķ; ŕéfûşîñğ ţö ţåľķ ţö îţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The control socket path is too long for this system: %1</source>
            <translation>[Ťĥé çöñţŕöľ şöçķéţ påţĥ îş ţöö ľöñğ föŕ ţĥîş şýşţém: %1 ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The control token is damaged.</source>
            <translation>[Ťĥé çöñţŕöľ ţöķéñ îş đåmåğéđ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The control token is not private to you; refusing to use it.</source>
            <translation>[Ťĥé çöñţŕöľ ţöķéñ îş ñöţ pŕîvåţé ţö ýöû; ŕéfûşîñğ ţö ûşé îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The desktop app needs a graphical session: %1</source>
            <translation>[Ťĥé đéşķţöp åpp ñééđş å ğŕåpĥîçåľ şéşşîöñ: %1 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The disk holding the vault is full: screenshots are not being stored.</source>
            <translation>[Ťĥé đîşķ ĥöľđîñğ ţĥé våûľţ îş fûľľ: şçŕééñşĥöţş åŕé ñöţ béîñğ şţöŕéđ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The disk holding the vault is full; capture has stopped.</source>
            <translation>[Ťĥé đîşķ ĥöľđîñğ ţĥé våûľţ îş fûľľ; çåpţûŕé ĥåş şţöppéđ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The hold period is as long as retention: segments are deleted before they could leave.</source>
            <translation>[Ťĥé ĥöľđ péŕîöđ îş åş ľöñğ åş ŕéţéñţîöñ: şéğméñţş åŕé đéľéţéđ béföŕé ţĥéý çöûľđ ľéåvé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The key %1 does not exist on this keyboard layout.</source>
            <translation>[Ťĥé ķéý %1 đöéş ñöţ éxîşţ öñ ţĥîş ķéýböåŕđ ľåýöûţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The keyring did not keep Airlock's key.</source>
            <translation>[Ťĥé ķéýŕîñğ đîđ ñöţ ķéép Åîŕľöçķ'ş ķéý. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The keyring did not keep the device signing key.</source>
            <translation>[Ťĥé ķéýŕîñğ đîđ ñöţ ķéép ţĥé đévîçé şîğñîñğ ķéý. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The lake bucket %1 allows anonymous read: %2. Nothing was written into it.</source>
            <translation>[Ťĥé ľåķé bûçķéţ %1 åľľöwş åñöñýmöûş ŕéåđ: %2. Ñöţĥîñğ wåş wŕîţţéñ îñţö îţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The lake folder %1 can be read by every account on this machine (mode %2). Nothing was written into it.</source>
            <translation>[Ťĥé ľåķé föľđéŕ %1 çåñ bé ŕéåđ bý évéŕý åççöûñţ öñ ţĥîş måçĥîñé (möđé %2). Ñöţĥîñğ wåş wŕîţţéñ îñţö îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The lake output needs the deltalake and pyarrow packages, which are not installed.</source>
            <translation>[Ťĥé ľåķé öûţpûţ ñééđş ţĥé đéľţåľåķé åñđ pýåŕŕöw påçķåğéş, wĥîçĥ åŕé ñöţ îñşţåľľéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The lake output signs a run log each run, so it needs the collector's signing key.</source>
            <translation>[Ťĥé ľåķé öûţpûţ şîğñş å ŕûñ ľöğ éåçĥ ŕûñ, şö îţ ñééđş ţĥé çöľľéçţöŕ'ş şîğñîñğ ķéý. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The local copy of %1 is shorter than expected.</source>
            <translation>[Ťĥé ľöçåľ çöpý öf %1 îş şĥöŕţéŕ ţĥåñ éxpéçţéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The local copy of the bundle is shorter than expected.</source>
            <translation>[Ťĥé ľöçåľ çöpý öf ţĥé bûñđľé îş şĥöŕţéŕ ţĥåñ éxpéçţéđ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The note is longer than %1 characters.</source>
            <translation>[Ťĥé ñöţé îş ľöñğéŕ ţĥåñ %1 çĥåŕåçţéŕş. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The object store did not accept %1 after %2 tries (last: %3).</source>
            <translation>[Ťĥé öbjéçţ şţöŕé đîđ ñöţ åççépţ %1 åfţéŕ %2 ţŕîéş (ľåşţ: %3). ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The object store of %1 ignores conditional writes (If-None-Match), so concurrent collectors could overwrite each other's Delta commits.</source>
            <translation>[Ťĥé öbjéçţ şţöŕé öf %1 îğñöŕéş çöñđîţîöñåľ wŕîţéş (Îf-Ñöñé-Måţçĥ), şö çöñçûŕŕéñţ çöľľéçţöŕş çöûľđ övéŕwŕîţé éåçĥ öţĥéŕ'ş Đéľţå çömmîţş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The object store refused %1 (%2).</source>
            <translation>[Ťĥé öbjéçţ şţöŕé ŕéfûşéđ %1 (%2). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The object store refused %1 (%2): the credentials in the keyring may not write to bucket %3.</source>
            <translation>[Ťĥé öbjéçţ şţöŕé ŕéfûşéđ %1 (%2): ţĥé çŕéđéñţîåľş îñ ţĥé ķéýŕîñğ måý ñöţ wŕîţé ţö bûçķéţ %3. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The object store request failed (%1).</source>
            <translation>[Ťĥé öbjéçţ şţöŕé ŕéqûéşţ fåîľéđ (%1). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The pause is in force, but it could not be saved: %1</source>
            <translation>[Ťĥé påûşé îş îñ föŕçé, bûţ îţ çöûľđ ñöţ bé şåvéđ: %1 ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy names no age recipients: nothing can be sealed, so nothing will be sent.</source>
            <translation>[Ťĥé pöľîçý ñåméş ñö åğé ŕéçîpîéñţş: ñöţĥîñğ çåñ bé şéåľéđ, şö ñöţĥîñğ wîľľ bé şéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy names no recipients, so nothing can be sealed or sent.</source>
            <translation>[Ťĥé pöľîçý ñåméş ñö ŕéçîpîéñţş, şö ñöţĥîñğ çåñ bé şéåľéđ öŕ şéñţ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy names no release destination.</source>
            <translation>[Ťĥé pöľîçý ñåméş ñö ŕéľéåşé đéşţîñåţîöñ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy shown is not the one Airlock runs under.</source>
            <translation>[Ťĥé pöľîçý şĥöwñ îş ñöţ ţĥé öñé Åîŕľöçķ ŕûñş ûñđéŕ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy you read is not the one the running Airlock uses.</source>
            <translation>[Ťĥé pöľîçý ýöû ŕéåđ îş ñöţ ţĥé öñé ţĥé ŕûññîñğ Åîŕľöçķ ûşéş. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The rectangles do not cover any part of the screenshot.</source>
            <translation>[Ťĥé ŕéçţåñğľéş đö ñöţ çövéŕ åñý påŕţ öf ţĥé şçŕééñşĥöţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The release folder %1 is not available.</source>
            <translation>[Ťĥé ŕéľéåşé föľđéŕ %1 îş ñöţ åvåîľåbľé. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The release is retried later.</source>
            <translation>[Ťĥé ŕéľéåşé îş ŕéţŕîéđ ľåţéŕ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The review window needs a graphical session: %1</source>
            <translation>[Ťĥé ŕévîéw wîñđöw ñééđş å ğŕåpĥîçåľ şéşşîöñ: %1 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The running Airlock closed the connection.</source>
            <translation>[Ťĥé ŕûññîñğ Åîŕľöçķ çľöşéđ ţĥé çöññéçţîöñ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The running Airlock did not answer in time.</source>
            <translation>[Ťĥé ŕûññîñğ Åîŕľöçķ đîđ ñöţ åñşwéŕ îñ ţîmé. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The running Airlock is busy with other control connections.</source>
            <translation>[Ťĥé ŕûññîñğ Åîŕľöçķ îş bûşý wîţĥ öţĥéŕ çöñţŕöľ çöññéçţîöñş. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The running Airlock refused the command: %1.</source>
            <translation>[Ťĥé ŕûññîñğ Åîŕľöçķ ŕéfûşéđ ţĥé çömmåñđ: %1. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The running Airlock refused the connection: %1.</source>
            <translation>[Ťĥé ŕûññîñğ Åîŕľöçķ ŕéfûşéđ ţĥé çöññéçţîöñ: %1. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The vault could not be opened with the key in the keyring (wrong key, or not a vault file).</source>
            <translation>[Ťĥé våûľţ çöûľđ ñöţ bé öpéñéđ wîţĥ ţĥé ķéý îñ ţĥé ķéýŕîñğ (wŕöñğ ķéý, öŕ ñöţ å våûľţ fîľé). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The vault is damaged: a page failed its integrity check.</source>
            <translation>[Ťĥé våûľţ îş đåmåğéđ: å påğé fåîľéđ îţş îñţéğŕîţý çĥéçķ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The vault is in use by another process.</source>
            <translation>[Ťĥé våûľţ îş îñ ûşé bý åñöţĥéŕ pŕöçéşş. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The vault is not available: %1.</source>
            <translation>[Ťĥé våûľţ îş ñöţ åvåîľåbľé: %1. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Then run `airlock scan` again.</source>
            <translation>[Ťĥéñ ŕûñ `åîŕľöçķ şçåñ` åğåîñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>There is no vault yet.</source>
            <translation>[Ťĥéŕé îş ñö våûľţ ýéţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>This installation of Airlock has no lake output.</source>
            <translation>[Ťĥîş îñşţåľľåţîöñ öf Åîŕľöçķ ĥåş ñö ľåķé öûţpûţ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This screenshot could not be decoded, so it cannot be redacted.</source>
            <translation>[Ťĥîş şçŕééñşĥöţ çöûľđ ñöţ bé đéçöđéđ, şö îţ çåññöţ bé ŕéđåçţéđ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This suggestion has no words on a screenshot to black out.</source>
            <translation>[Ťĥîş şûğğéşţîöñ ĥåş ñö wöŕđş öñ å şçŕééñşĥöţ ţö bľåçķ öûţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This vault was written by a newer Airlock (schema %1.%2); this version reads schema %3.x.</source>
            <translation>[Ťĥîş våûľţ wåş wŕîţţéñ bý å ñéwéŕ Åîŕľöçķ (şçĥémå %1.%2); ţĥîş véŕşîöñ ŕéåđş şçĥémå %3.x. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>[Ťŕý åğåîñ. ~~~]</translation>
        </message>
        <message>
            <source>Try again; see the log.</source>
            <translation>[Ťŕý åğåîñ; şéé ţĥé ľöğ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Unlock or restore the keyring that holds Airlock's key. The vault file was not changed.</source>
            <translation>[Ûñľöçķ öŕ ŕéşţöŕé ţĥé ķéýŕîñğ ţĥåţ ĥöľđş Åîŕľöçķ'ş ķéý. Ťĥé våûľţ fîľé wåş ñöţ çĥåñğéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use a number and a unit: 90s, 30m, 1h, 2d.</source>
            <translation>[Ûşé å ñûmbéŕ åñđ å ûñîţ: 90ş, 30m, 1ĥ, 2đ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use a shorter data directory (--data-dir).</source>
            <translation>[Ûşé å şĥöŕţéŕ đåţå đîŕéçţöŕý (--đåţå-đîŕ). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use a store that supports conditional writes (AWS S3, SeaweedFS, MinIO, Cloudflare R2); the collector's shard leases need them as well as the Delta commits (docs/deploying.md).</source>
            <translation>[Ûşé å şţöŕé ţĥåţ şûppöŕţş çöñđîţîöñåľ wŕîţéş (ÅWŞ Ş3, ŞéåwééđFŞ, MîñÎÖ, Çľöûđfľåŕé Ŕ2); ţĥé çöľľéçţöŕ'ş şĥåŕđ ľéåşéş ñééđ ţĥém åş wéľľ åş ţĥé Đéľţå çömmîţş (đöçş/đépľöýîñğ.mđ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use file:///path/to/folder or s3://bucket/prefix.</source>
            <translation>[Ûşé fîľé:///påţĥ/ţö/föľđéŕ öŕ ş3://bûçķéţ/pŕéfîx. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use i/N with 0 &lt;= i &lt; N, e.g. --shard 0/2 and --shard 1/2.</source>
            <translation>[Ûşé î/Ñ wîţĥ 0 &lt;= î &lt; Ñ, é.ğ. --şĥåŕđ 0/2 åñđ --şĥåŕđ 1/2. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use s3://bucket/prefix or a local path.</source>
            <translation>[Ûşé ş3://bûçķéţ/pŕéfîx öŕ å ľöçåľ påţĥ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use s3://bucket/prefix.</source>
            <translation>[Ûşé ş3://bûçķéţ/pŕéfîx. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Use the identity written by `airlock keys init-org`.</source>
            <translation>[Ûşé ţĥé îđéñţîţý wŕîţţéñ bý `åîŕľöçķ ķéýş îñîţ-öŕğ`. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Vault locked: the vault exists but its key is not in the keyring.</source>
            <translation>[Våûľţ ľöçķéđ: ţĥé våûľţ éxîşţş bûţ îţş ķéý îş ñöţ îñ ţĥé ķéýŕîñğ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Windows refused the focus-change hook (SetWinEventHook).</source>
            <translation>[Wîñđöwş ŕéfûşéđ ţĥé föçûş-çĥåñğé ĥööķ (ŞéţWîñÉvéñţĤööķ). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Writing to the release folder failed (%1).</source>
            <translation>[Wŕîţîñğ ţö ţĥé ŕéľéåşé föľđéŕ fåîľéđ (%1). ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your personal settings are damaged: %1</source>
            <translation>[Ýöûŕ péŕşöñåľ şéţţîñğş åŕé đåmåğéđ: %1 ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>`airlock record` runs without windows only: add --headless.</source>
            <translation>[`åîŕľöçķ ŕéçöŕđ` ŕûñş wîţĥöûţ wîñđöwş öñľý: åđđ --ĥéåđľéşş. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>a sensitive word must be 1 to %1 characters</source>
            <translation>[å şéñşîţîvé wöŕđ mûşţ bé 1 ţö %1 çĥåŕåçţéŕş ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>abandoning the upload</source>
            <translation>[åbåñđöñîñğ ţĥé ûpľöåđ ~~~~~~]</translation>
        </message>
        <message>
            <source>an exclusion must be an object</source>
            <translation>[åñ éxçľûşîöñ mûşţ bé åñ öbjéçţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>an exclusion needs a name</source>
            <translation>[åñ éxçľûşîöñ ñééđş å ñåmé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>an http(s) URL like "https://s3.example.com"</source>
            <translation>[åñ ĥţţp(ş) ÛŔĽ ľîķé "ĥţţpş://ş3.éxåmpľé.çöm" ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>application name must not be empty</source>
            <translation>[åppľîçåţîöñ ñåmé mûşţ ñöţ bé émpţý ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>[đéľéţé ~~]</translation>
        </message>
        <message>
            <source>download</source>
            <translation>[đöwñľöåđ ~~]</translation>
        </message>
        <message>
            <source>end of file</source>
            <translation>[éñđ öf fîľé ~~~]</translation>
        </message>
        <message>
            <source>extra_exclusions must be a list</source>
            <translation>[éxţŕå_éxçľûşîöñş mûşţ bé å ľîşţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>finishing the upload</source>
            <translation>[fîñîşĥîñğ ţĥé ûpľöåđ ~~~~~~]</translation>
        </message>
        <message>
            <source>is ambiguous (%1); escape it, e.g. \[ for a literal [</source>
            <translation>[îş åmbîğûöûş (%1); éşçåpé îţ, é.ğ. \[ föŕ å ľîţéŕåľ [ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>is not a language code (use e.g. "en", "de", "pt_BR")</source>
            <translation>[îş ñöţ å ľåñğûåğé çöđé (ûşé é.ğ. "éñ", "đé", "pţ_BŔ") ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>is not a valid regular expression (%1)</source>
            <translation>[îş ñöţ å våľîđ ŕéğûľåŕ éxpŕéşşîöñ (%1) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>is required but missing</source>
            <translation>[îş ŕéqûîŕéđ bûţ mîşşîñğ ~~~~~~~]</translation>
        </message>
        <message>
            <source>keyring locked or unavailable</source>
            <translation>[ķéýŕîñğ ľöçķéđ öŕ ûñåvåîľåbľé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>keystroke_per_app must be an object</source>
            <translation>[ķéýşţŕöķé_péŕ_åpp mûşţ bé åñ öbjéçţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>language must be a language code</source>
            <translation>[ľåñğûåğé mûşţ bé å ľåñğûåğé çöđé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>[ľîñé %1, çöľûmñ %2 ~~~~~]</translation>
        </message>
        <message>
            <source>listing</source>
            <translation>[ľîşţîñğ ~~]</translation>
        </message>
        <message>
            <source>listing folders</source>
            <translation>[ľîşţîñğ föľđéŕş ~~~~]</translation>
        </message>
        <message>
            <source>listing versions</source>
            <translation>[ľîşţîñğ véŕşîöñş ~~~~~]</translation>
        </message>
        <message>
            <source>macOS has not allowed Airlock to monitor input, so %1 works only in Airlock's own windows.</source>
            <translation>[måçÖŞ ĥåş ñöţ åľľöwéđ Åîŕľöçķ ţö möñîţöŕ îñpûţ, şö %1 wöŕķş öñľý îñ Åîŕľöçķ'ş öwñ wîñđöwş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be "file:///absolute/path" or "s3://bucket/prefix", got %1</source>
            <translation>[mûşţ bé "fîľé:///åbşöľûţé/påţĥ" öŕ "ş3://bûçķéţ/pŕéfîx", ğöţ %1 ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be %1, got %2</source>
            <translation>[mûşţ bé %1, ğöţ %2 ~~~~~]</translation>
        </message>
        <message>
            <source>must be a date like 2027-06-30, got %1</source>
            <translation>[mûşţ bé å đåţé ľîķé 2027-06-30, ğöţ %1 ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a list of age recipients ("age1..."), got %1</source>
            <translation>[mûşţ bé å ľîşţ öf åğé ŕéçîpîéñţş ("åğé1..."), ğöţ %1 ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a list of at most %1 "category: word" entries, got %2</source>
            <translation>[mûşţ bé å ľîşţ öf åţ möşţ %1 "çåţéğöŕý: wöŕđ" éñţŕîéş, ğöţ %2 ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a list of tables ([[exclusions]])</source>
            <translation>[mûşţ bé å ľîşţ öf ţåbľéş ([[éxçľûşîöñş]]) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a non-empty list of weekdays 1 (Monday) to 7 (Sunday), got %1</source>
            <translation>[mûşţ bé å ñöñ-émpţý ľîşţ öf wééķđåýş 1 (Möñđåý) ţö 7 (Şûñđåý), ğöţ %1 ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a number above %1 to %2, got %3</source>
            <translation>[mûşţ bé å ñûmbéŕ åbövé %1 ţö %2, ğöţ %3 ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a number from %1 to %2, got %3</source>
            <translation>[mûşţ bé å ñûmbéŕ fŕöm %1 ţö %2, ğöţ %3 ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a shortcut like "Ctrl+Alt+P" (%1)</source>
            <translation>[mûşţ bé å şĥöŕţçûţ ľîķé "Çţŕľ+Åľţ+P" (%1) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a string, got %1</source>
            <translation>[mûşţ bé å şţŕîñğ, ğöţ %1 ~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a table ([%1]), got %2</source>
            <translation>[mûşţ bé å ţåbľé ([%1]), ğöţ %2 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a time in whole minutes like "09:00", got %1</source>
            <translation>[mûşţ bé å ţîmé îñ wĥöľé mîñûţéş ľîķé "09:00", ğöţ %1 ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a time like "09:00", got %1</source>
            <translation>[mûşţ bé å ţîmé ľîķé "09:00", ğöţ %1 ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2, got %3</source>
            <translation>[mûşţ bé å wĥöľé ñûmbéŕ fŕöm %1 ţö %2, ğöţ %3 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be an http(s) URL like "https://s3.example.com", got %1</source>
            <translation>[mûşţ bé åñ ĥţţp(ş) ÛŔĽ ľîķé "ĥţţpş://ş3.éxåmpľé.çöm", ğöţ %1 ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>[mûşţ bé åñ öbjéçţ ~~~~~]</translation>
        </message>
        <message>
            <source>must be one of %1, got %2</source>
            <translation>[mûşţ bé öñé öf %1, ğöţ %2 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>must be true or false, got %1</source>
            <translation>[mûşţ bé ţŕûé öŕ fåľşé, ğöţ %1 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must differ from start</source>
            <translation>[mûşţ đîfféŕ fŕöm şţåŕţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>must hold "category: word" or "category: re:&lt;regex&gt;" entries, got %1</source>
            <translation>[mûşţ ĥöľđ "çåţéğöŕý: wöŕđ" öŕ "çåţéğöŕý: ŕé:&lt;regex&gt;" éñţŕîéş, ğöţ %1 ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must hold age X25519 recipients ("age1" and 58 more characters), got %1</source>
            <translation>[mûşţ ĥöľđ åğé X25519 ŕéçîpîéñţş ("åğé1" åñđ 58 möŕé çĥåŕåçţéŕş), ğöţ %1 ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must list weekdays 1 (Monday) to 7 (Sunday), got %1</source>
            <translation>[mûşţ ľîşţ wééķđåýş 1 (Möñđåý) ţö 7 (Şûñđåý), ğöţ %1 ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must name a valid S3 bucket (3-63 lowercase letters, digits, dots, hyphens), got %1</source>
            <translation>[mûşţ ñåmé å våľîđ Ş3 bûçķéţ (3-63 ľöwéŕçåşé ľéţţéŕş, đîğîţş, đöţş, ĥýpĥéñş), ğöţ %1 ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>[mûşţ ñöţ bé émpţý ~~~~~]</translation>
        </message>
        <message>
            <source>needs an app_pattern or a title_pattern (a rule with neither would match every window)</source>
            <translation>[ñééđş åñ åpp_påţţéŕñ öŕ å ţîţľé_påţţéŕñ (å ŕûľé wîţĥ ñéîţĥéŕ wöûľđ måţçĥ évéŕý wîñđöw) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no Tesseract models for %1 found: install the Debian packages %2</source>
            <translation>[ñö Ťéşşéŕåçţ möđéľş föŕ %1 föûñđ: îñşţåľľ ţĥé Đébîåñ påçķåğéş %2 ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no keyring backend is available</source>
            <translation>[ñö ķéýŕîñğ båçķéñđ îş åvåîľåbľé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no vault yet (created on first capture)</source>
            <translation>[ñö våûľţ ýéţ (çŕéåţéđ öñ fîŕşţ çåpţûŕé) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>[ñöţ öpéñ ~~]</translation>
        </message>
        <message>
            <source>part %1 of %2</source>
            <translation>[påŕţ %1 öf %2 ~~~~]</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>[pöľîçý ~~]</translation>
        </message>
        <message>
            <source>reading a lake object</source>
            <translation>[ŕéåđîñğ å ľåķé öbjéçţ ~~~~~~]</translation>
        </message>
        <message>
            <source>reading the bucket's versioning</source>
            <translation>[ŕéåđîñğ ţĥé bûçķéţ'ş véŕşîöñîñğ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>repeats "%1" (names are case-insensitive, ".exe" ignored)</source>
            <translation>[ŕépéåţş "%1" (ñåméş åŕé çåşé-îñşéñşîţîvé, ".éxé" îğñöŕéđ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>secure OS keyring</source>
            <translation>[şéçûŕé ÖŞ ķéýŕîñğ ~~~~~]</translation>
        </message>
        <message>
            <source>sensitive_words must be a list of at most %1</source>
            <translation>[şéñşîţîvé_wöŕđş mûşţ bé å ľîşţ öf åţ möşţ %1 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>starting the upload</source>
            <translation>[şţåŕţîñğ ţĥé ûpľöåđ ~~~~~~]</translation>
        </message>
        <message>
            <source>the Python package tesserocr is missing: pip install tesserocr, and install the Debian packages %1</source>
            <translation>[ţĥé Pýţĥöñ påçķåğé ţéşşéŕöçŕ îş mîşşîñğ: pîp îñşţåľľ ţéşşéŕöçŕ, åñđ îñşţåľľ ţĥé Đébîåñ påçķåğéş %1 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>[ţĥé đîşķ îş fûľľ ~~~~~]</translation>
        </message>
        <message>
            <source>the keyring could not be loaded (%1)</source>
            <translation>[ţĥé ķéýŕîñğ çöûľđ ñöţ bé ľöåđéđ (%1) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the keyring's key does not open the vault</source>
            <translation>[ţĥé ķéýŕîñğ'ş ķéý đöéş ñöţ öpéñ ţĥé våûľţ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the policy cannot be used</source>
            <translation>[ţĥé pöľîçý çåññöţ bé ûşéđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>the upload</source>
            <translation>[ţĥé ûpľöåđ ~~~]</translation>
        </message>
        <message>
            <source>the vault is damaged</source>
            <translation>[ţĥé våûľţ îş đåmåğéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>the vault is from a newer Airlock</source>
            <translation>[ţĥé våûľţ îş fŕöm å ñéwéŕ Åîŕľöçķ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the vault is in use by another process</source>
            <translation>[ţĥé våûľţ îş îñ ûşé bý åñöţĥéŕ pŕöçéşş ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>this keyring backend does not keep secrets safe</source>
            <translation>[ţĥîş ķéýŕîñğ båçķéñđ đöéş ñöţ ķéép şéçŕéţş şåfé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown exclusion keys %1</source>
            <translation>[ûñķñöwñ éxçľûşîöñ ķéýş %1 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown key%1; unknown keys are refused so a typo cannot loosen a rule</source>
            <translation>[ûñķñöwñ ķéý%1; ûñķñöwñ ķéýş åŕé ŕéfûşéđ şö å ţýpö çåññöţ ľööşéñ å ŕûľé ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown position</source>
            <translation>[ûñķñöwñ pöşîţîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>unknown settings %1</source>
            <translation>[ûñķñöwñ şéţţîñğş %1 ~~~~~~]</translation>
        </message>
        <message>
            <source>vault locked (its key is not in the keyring)</source>
            <translation>[våûľţ ľöçķéđ (îţş ķéý îş ñöţ îñ ţĥé ķéýŕîñğ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>vault locked: the key is not in the keyring</source>
            <translation>[våûľţ ľöçķéđ: ţĥé ķéý îş ñöţ îñ ţĥé ķéýŕîñğ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>vault opens with the key from the keyring</source>
            <translation>[våûľţ öpéñş wîţĥ ţĥé ķéý fŕöm ţĥé ķéýŕîñğ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>writing a lake object</source>
            <translation>[wŕîţîñğ å ľåķé öbjéçţ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Events</name>
        <message>
            <source>%1 button pressed at %2, %3</source>
            <translation>[%1 bûţţöñ pŕéşşéđ åţ %2, %3 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 button released at %2, %3</source>
            <translation>[%1 bûţţöñ ŕéľéåşéđ åţ %2, %3 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>(this row could not be read)</source>
            <translation>[(ţĥîş ŕöw çöûľđ ñöţ bé ŕéåđ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>[Đéţåîľş ~~]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñđ ~]</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>[Ťîmé ~]</translation>
        </message>
        <message>
            <source>down</source>
            <translation>[đöwñ ~]</translation>
        </message>
        <message>
            <source>pointer at %1, %2</source>
            <translation>[pöîñţéŕ åţ %1, %2 ~~~~~]</translation>
        </message>
        <message>
            <source>scrolled %1, %2 at %3, %4</source>
            <translation>[şçŕöľľéđ %1, %2 åţ %3, %4 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>up</source>
            <translation>[ûp ~]</translation>
        </message>
        <message>
            <source>with %1</source>
            <translation>[wîţĥ %1 ~~]</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çåñçéľ ~~]</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>[Çåñçéľ éxpöŕţ ~~~~]</translation>
        </message>
        <message>
            <source>Choose export folder</source>
            <translation>[Çĥööşé éxpöŕţ föľđéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>[Çĥööşé… ~~]</translation>
        </message>
        <message>
            <source>Could not write the export: %1.</source>
            <translation>[Çöûľđ ñöţ wŕîţé ţĥé éxpöŕţ: %1. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Done: %1 and %2 in %3.</source>
            <translation>[Đöñé: %1 åñđ %2 îñ %3. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Download my data</source>
            <translation>[Đöwñľöåđ mý đåţå ~~~~~]</translation>
        </message>
        <message>
            <source>Everything Airlock holds about you: segments, typed text, events, screenshots, flags, the activity log and the policy.</source>
            <translation>[Évéŕýţĥîñğ Åîŕľöçķ ĥöľđş åböûţ ýöû: şéğméñţş, ţýpéđ ţéxţ, évéñţş, şçŕééñşĥöţş, fľåğş, ţĥé åçţîvîţý ľöğ åñđ ţĥé pöľîçý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>[Éxpöŕţ ~~]</translation>
        </message>
        <message>
            <source>Export as one zip file</source>
            <translation>[Éxpöŕţ åş öñé žîp fîľé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Export folder</source>
            <translation>[Éxpöŕţ föľđéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Export into</source>
            <translation>[Éxpöŕţ îñţö ~~~]</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>[Éxpöŕţ pŕöğŕéşş ~~~~]</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>[Éxpöŕţîñğ… ~~~]</translation>
        </message>
        <message>
            <source>One .zip file</source>
            <translation>[Öñé .žîp fîľé ~~~~]</translation>
        </message>
        <message>
            <source>One .zip file instead of a folder</source>
            <translation>[Öñé .žîp fîľé îñşţéåđ öf å föľđéŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Opens a folder chooser</source>
            <translation>[Öpéñş å föľđéŕ çĥööşéŕ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Start export</source>
            <translation>[Şţåŕţ éxpöŕţ ~~~~]</translation>
        </message>
        <message>
            <source>Stops and leaves nothing behind</source>
            <translation>[Şţöpş åñđ ľéåvéş ñöţĥîñğ béĥîñđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where the copy of your data is written</source>
            <translation>[Wĥéŕé ţĥé çöpý öf ýöûŕ đåţå îş wŕîţţéñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Writes everything Airlock holds about you into the folder</source>
            <translation>[Wŕîţéş évéŕýţĥîñğ Åîŕľöçķ ĥöľđş åböûţ ýöû îñţö ţĥé föľđéŕ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>[%n ğåp(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>[%n ķéýşţŕöķé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n release(s)</source>
            <translation>
                <numerusform>[%n ŕéľéåşé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Activity ledger (%1)</source>
            <translation>[Åçţîvîţý ľéđğéŕ (%1) ~~~~~~]</translation>
        </message>
        <message>
            <source>BROKEN — see data.json</source>
            <translation>[BŔÖĶÉÑ — şéé đåţå.jşöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Everything Airlock holds about you</source>
            <translation>[Évéŕýţĥîñğ Åîŕľöçķ ĥöľđş åböûţ ýöû ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Machine-readable:</source>
            <translation>[Måçĥîñé-ŕéåđåbľé: ~~~~~]</translation>
        </message>
        <message>
            <source>Nothing captured.</source>
            <translation>[Ñöţĥîñğ çåpţûŕéđ. ~~~~~]</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>[Pöľîçý ~~]</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>[Şéğméñţş ~~]</translation>
        </message>
        <message>
            <source>events</source>
            <translation>[évéñţş ~~]</translation>
        </message>
        <message>
            <source>flagged: %1</source>
            <translation>[fľåğğéđ: %1 ~~~]</translation>
        </message>
        <message>
            <source>screenshot</source>
            <translation>[şçŕééñşĥöţ ~~~]</translation>
        </message>
        <message>
            <source>verified intact</source>
            <translation>[véŕîfîéđ îñţåçţ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>FlagDialog</name>
        <message>
            <source>&amp;Category:</source>
            <translation>[&amp;Çåţéğöŕý: ~~~]</translation>
        </message>
        <message>
            <source>&amp;Flag</source>
            <translation>[&amp;Fľåğ ~~]</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>[&amp;Ñöţé: ~~]</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>[Çåţéğöŕý ~~]</translation>
        </message>
        <message>
            <source>Close without flagging</source>
            <translation>[Çľöşé wîţĥöûţ fľåğğîñğ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>[Fľåğ ~]</translation>
        </message>
        <message>
            <source>Flag %1 as sensitive. Flagged segments never leave this computer; you can still review, delete or unflag them.</source>
            <translation>[Fľåğ %1 åş şéñşîţîvé. Fľåğğéđ şéğméñţş ñévéŕ ľéåvé ţĥîş çömpûţéŕ; ýöû çåñ şţîľľ ŕévîéw, đéľéţé öŕ ûñfľåğ ţĥém. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flag as sensitive</source>
            <translation>[Fľåğ åş şéñşîţîvé ~~~~~]</translation>
        </message>
        <message>
            <source>Flagged segments never leave this computer</source>
            <translation>[Fľåğğéđ şéğméñţş ñévéŕ ľéåvé ţĥîş çömpûţéŕ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>[Ñöţé ~]</translation>
        </message>
        <message>
            <source>Optional, for you only (never in the ledger)</source>
            <translation>[Öpţîöñåľ, föŕ ýöû öñľý (ñévéŕ îñ ţĥé ľéđğéŕ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why it is sensitive</source>
            <translation>[Wĥý îţ îş şéñşîţîvé ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message numerus="yes">
            <source>held: %n screenshot(s) not yet read</source>
            <translation>
                <numerusform>[ĥéľđ: %n şçŕééñşĥöţ(ş) ñöţ ýéţ ŕéåđ ~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>held: its typed text not yet read</source>
            <translation>[ĥéľđ: îţş ţýpéđ ţéxţ ñöţ ýéţ ŕéåđ ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>%1 h %2 min</source>
            <translation>[%1 ĥ %2 mîñ ~~~]</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>[%1 mîñ ~~]</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>[%1 ş ~]</translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n key(s)</source>
            <translation>
                <numerusform>[%n ķéý(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look</source>
            <translation>
                <numerusform>[%n möméñţ(ş) ñééđ å ľööķ ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look before the next release</source>
            <translation>
                <numerusform>[%n möméñţ(ş) ñééđ å ľööķ béföŕé ţĥé ñéxţ ŕéľéåşé ~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s) not yet read for sensitive moments. Airlock reads them while you pause for a moment on mains power; it leaves once they are read.</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ñöţ ýéţ ŕéåđ föŕ şéñşîţîvé möméñţş. Åîŕľöçķ ŕéåđş ţĥém wĥîľé ýöû påûşé föŕ å möméñţ öñ måîñş pöwéŕ; îţ ľéåvéş öñçé ţĥéý åŕé ŕéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n suggested sensitive moment(s) in it wait for your answer under Needs a look; it stays here until you answer.</source>
            <translation>
                <numerusform>[%n şûğğéşţéđ şéñşîţîvé möméñţ(ş) îñ îţ wåîţ föŕ ýöûŕ åñşwéŕ ûñđéŕ Ñééđş å ľööķ; îţ şţåýş ĥéŕé ûñţîľ ýöû åñşwéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>[Åppŕövéđ ~~]</translation>
        </message>
        <message>
            <source>Approved · leaves %1</source>
            <translation>[Åppŕövéđ · ľéåvéş %1 ~~~~~~]</translation>
        </message>
        <message>
            <source>Approved · needs a look</source>
            <translation>[Åppŕövéđ · ñééđş å ľööķ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Approved · not yet read</source>
            <translation>[Åppŕövéđ · ñöţ ýéţ ŕéåđ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Approved. It may leave once its hold ends on %1.</source>
            <translation>[Åppŕövéđ. Îţ måý ľéåvé öñçé îţş ĥöľđ éñđş öñ %1. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Approved: it leaves with the next release.</source>
            <translation>[Åppŕövéđ: îţ ľéåvéş wîţĥ ţĥé ñéxţ ŕéľéåşé. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Being recorded</source>
            <translation>[Béîñğ ŕéçöŕđéđ ~~~~]</translation>
        </message>
        <message>
            <source>Capture failed</source>
            <translation>[Çåpţûŕé fåîľéđ ~~~~]</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>[Çŕéđéñţîåľş ~~~]</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>[Đéľéţéđ ~~]</translation>
        </message>
        <message>
            <source>Disk full</source>
            <translation>[Đîşķ fûľľ ~~~]</translation>
        </message>
        <message>
            <source>Display not supported</source>
            <translation>[Đîşpľåý ñöţ şûppöŕţéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Excluded window</source>
            <translation>[Éxçľûđéđ wîñđöw ~~~~]</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>[Fîñåñçé ~~]</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>[Fľåğğéđ ~~]</translation>
        </message>
        <message>
            <source>Flagged as sensitive: flagged segments never leave this computer.</source>
            <translation>[Fľåğğéđ åş şéñşîţîvé: fľåğğéđ şéğméñţş ñévéŕ ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flagged · %1</source>
            <translation>[Fľåğğéđ · %1 ~~~~]</translation>
        </message>
        <message>
            <source>Focus unknown: keys not stored</source>
            <translation>[Föçûş ûñķñöwñ: ķéýş ñöţ şţöŕéđ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>HH:mm:ss</source>
            <translation>[ĤĤ:mm:şş ~~]</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>[ĤŔ ~]</translation>
        </message>
        <message>
            <source>HR / performance</source>
            <translation>[ĤŔ / péŕföŕmåñçé ~~~~~]</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>[Ĥéåľţĥ ~~]</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>[Ĥéľđ ~]</translation>
        </message>
        <message>
            <source>Held for review. It becomes eligible to leave on %1 and your approval, unless you delete or flag it.</source>
            <translation>[Ĥéľđ föŕ ŕévîéw. Îţ béçöméş éľîğîbľé ţö ľéåvé öñ %1 åñđ ýöûŕ åppŕövåľ, ûñľéşş ýöû đéľéţé öŕ fľåğ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Held for review. It becomes eligible to leave on %1, unless you delete or flag it.</source>
            <translation>[Ĥéľđ föŕ ŕévîéw. Îţ béçöméş éľîğîbľé ţö ľéåvé öñ %1, ûñľéşş ýöû đéľéţé öŕ fľåğ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Held · eligible %1</source>
            <translation>[Ĥéľđ · éľîğîbľé %1 ~~~~~]</translation>
        </message>
        <message>
            <source>Held · leaves next release</source>
            <translation>[Ĥéľđ · ľéåvéş ñéxţ ŕéľéåşé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Held · needs a look</source>
            <translation>[Ĥéľđ · ñééđş å ľööķ ~~~~~~]</translation>
        </message>
        <message>
            <source>Held · needs approval</source>
            <translation>[Ĥéľđ · ñééđş åppŕövåľ ~~~~~~]</translation>
        </message>
        <message>
            <source>Held · not yet read</source>
            <translation>[Ĥéľđ · ñöţ ýéţ ŕéåđ ~~~~~~]</translation>
        </message>
        <message>
            <source>Its typed text is not yet read for sensitive moments. Airlock reads it while you pause for a moment on mains power; it leaves once it is read.</source>
            <translation>[Îţş ţýpéđ ţéxţ îş ñöţ ýéţ ŕéåđ föŕ şéñşîţîvé möméñţş. Åîŕľöçķ ŕéåđş îţ wĥîľé ýöû påûşé föŕ å möméñţ öñ måîñş pöwéŕ; îţ ľéåvéş öñçé îţ îş ŕéåđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No consent given</source>
            <translation>[Ñö çöñşéñţ ğîvéñ ~~~~~]</translation>
        </message>
        <message>
            <source>Nothing needs a look</source>
            <translation>[Ñöţĥîñğ ñééđş å ľööķ ~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing needs a look before the next release</source>
            <translation>[Ñöţĥîñğ ñééđş å ľööķ béföŕé ţĥé ñéxţ ŕéľéåşé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ ~~]</translation>
        </message>
        <message>
            <source>Other people's data</source>
            <translation>[Öţĥéŕ péöpľé'ş đåţå ~~~~~~]</translation>
        </message>
        <message>
            <source>Outside working hours</source>
            <translation>[Öûţşîđé wöŕķîñğ ĥöûŕş ~~~~~~]</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>[Påûşéđ ~~]</translation>
        </message>
        <message>
            <source>Personal communication</source>
            <translation>[Péŕşöñåľ çömmûñîçåţîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>[Ŕéľéåşéđ ~~]</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>[Şçŕééñ ľöçķéđ ~~~~]</translation>
        </message>
        <message>
            <source>Sealed and sent earlier.</source>
            <translation>[Şéåľéđ åñđ şéñţ éåŕľîéŕ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Sealed and sent on %1.</source>
            <translation>[Şéåľéđ åñđ şéñţ öñ %1. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Still being recorded: it can leave only after it ends and its hold is over.</source>
            <translation>[Şţîľľ béîñğ ŕéçöŕđéđ: îţ çåñ ľéåvé öñľý åfţéŕ îţ éñđş åñđ îţş ĥöľđ îş övéŕ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The hold is over; it leaves only if you approve it.</source>
            <translation>[Ťĥé ĥöľđ îş övéŕ; îţ ľéåvéş öñľý îf ýöû åppŕövé îţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The hold is over; it leaves with the next release unless you delete or flag it.</source>
            <translation>[Ťĥé ĥöľđ îş övéŕ; îţ ľéåvéş wîţĥ ţĥé ñéxţ ŕéľéåşé ûñľéşş ýöû đéľéţé öŕ fľåğ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>credentials</source>
            <translation>[çŕéđéñţîåľş ~~~]</translation>
        </message>
        <message>
            <source>d MMM HH:mm</source>
            <translation>[đ MMM ĤĤ:mm ~~~]</translation>
        </message>
        <message>
            <source>ddd d MMM HH:mm</source>
            <translation>[đđđ đ MMM ĤĤ:mm ~~~~]</translation>
        </message>
        <message>
            <source>ddd d MMM HH:mm t</source>
            <translation>[đđđ đ MMM ĤĤ:mm ţ ~~~~~]</translation>
        </message>
        <message>
            <source>ddd dd MMM</source>
            <translation>[đđđ đđ MMM ~~~]</translation>
        </message>
        <message>
            <source>ddd dd MMM yyyy</source>
            <translation>[đđđ đđ MMM ýýýý ~~~~]</translation>
        </message>
        <message>
            <source>dddd dd MMMM yyyy</source>
            <translation>[đđđđ đđ MMMM ýýýý ~~~~~]</translation>
        </message>
        <message>
            <source>finance</source>
            <translation>[fîñåñçé ~~]</translation>
        </message>
        <message>
            <source>health</source>
            <translation>[ĥéåľţĥ ~~]</translation>
        </message>
        <message>
            <source>now</source>
            <translation>[ñöw ~]</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>[öñğöîñğ ~~]</translation>
        </message>
        <message>
            <source>political opinion</source>
            <translation>[pöľîţîçåľ öpîñîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>private communication</source>
            <translation>[pŕîvåţé çömmûñîçåţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>religion</source>
            <translation>[ŕéľîğîöñ ~~]</translation>
        </message>
        <message>
            <source>sexual orientation</source>
            <translation>[şéxûåľ öŕîéñţåţîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>union membership</source>
            <translation>[ûñîöñ mémbéŕşĥîp ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Ledger</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>[%n ķéýşţŕöķé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Approved %1 for release.</source>
            <translation>[Åppŕövéđ %1 föŕ ŕéľéåşé. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted %1 from %2 to %3.</source>
            <translation>[Đéľéţéđ %1 fŕöm %2 ţö %3. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>[Đéľéţéđ %1. ~~~]</translation>
        </message>
        <message>
            <source>Flagged %1 as sensitive (%2); they will never leave.</source>
            <translation>[Fľåğğéđ %1 åş şéñşîţîvé (%2); ţĥéý wîľľ ñévéŕ ľéåvé. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recording paused until %1.</source>
            <translation>[Ŕéçöŕđîñğ påûşéđ ûñţîľ %1. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recording resumed.</source>
            <translation>[Ŕéçöŕđîñğ ŕéşûméđ. ~~~~~]</translation>
        </message>
        <message>
            <source>Redacted %1 in segment %2.</source>
            <translation>[Ŕéđåçţéđ %1 îñ şéğméñţ %2. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Released bundle %1 (%2) to %3.</source>
            <translation>[Ŕéľéåşéđ bûñđľé %1 (%2) ţö %3. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Removed the sensitive flag from %1.</source>
            <translation>[Ŕémövéđ ţĥé şéñşîţîvé fľåğ fŕöm %1. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you answered “%4”.</source>
            <translation>[Şûğğéşţîöñ %1 (%2) îñ şéğméñţ %3: ýöû åñşwéŕéđ “%4”. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you dismissed it as not sensitive.</source>
            <translation>[Şûğğéşţîöñ %1 (%2) îñ şéğméñţ %3: ýöû đîşmîşşéđ îţ åş ñöţ şéñşîţîvé. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you flagged the segment.</source>
            <translation>[Şûğğéşţîöñ %1 (%2) îñ şéğméñţ %3: ýöû fľåğğéđ ţĥé şéğméñţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Suggestion %1 (%2) in segment %3: you redacted the words it boxed.</source>
            <translation>[Şûğğéşţîöñ %1 (%2) îñ şéğméñţ %3: ýöû ŕéđåçţéđ ţĥé wöŕđş îţ böxéđ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The destination confirmed bundle %1 (%2).</source>
            <translation>[Ťĥé đéşţîñåţîöñ çöñfîŕméđ bûñđľé %1 (%2). ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The policy changed.</source>
            <translation>[Ťĥé pöľîçý çĥåñğéđ. ~~~~~~]</translation>
        </message>
        <message>
            <source>You agreed to the policy (policy %1).</source>
            <translation>[Ýöû åğŕééđ ţö ţĥé pöľîçý (pöľîçý %1). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You declined the policy (policy %1).</source>
            <translation>[Ýöû đéçľîñéđ ţĥé pöľîçý (pöľîçý %1). ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You exported your data (%1).</source>
            <translation>[Ýöû éxpöŕţéđ ýöûŕ đåţå (%1). ~~~~~~~~]</translation>
        </message>
        <message>
            <source>You withdrew bundle %1; the data team must delete it.</source>
            <translation>[Ýöû wîţĥđŕéw bûñđľé %1; ţĥé đåţå ţéåm mûşţ đéľéţé îţ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>segments</source>
            <translation>[şéğméñţş ~~]</translation>
        </message>
        <message>
            <source>until you resume</source>
            <translation>[ûñţîľ ýöû ŕéşûmé ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>NeedsALook</name>
        <message>
            <source>&amp;Flag</source>
            <translation>[&amp;Fľåğ ~~]</translation>
        </message>
        <message>
            <source>&amp;Flag as %1</source>
            <translation>[&amp;Fľåğ åş %1 ~~~]</translation>
        </message>
        <message>
            <source>&amp;Not sensitive</source>
            <translation>[&amp;Ñöţ şéñşîţîvé ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Redact these…</source>
            <translation>[&amp;Ŕéđåçţ ţĥéşé… ~~~~]</translation>
        </message>
        <message>
            <source>Airlock read your screenshots on this computer and found these moments that look sensitive. Look at each before the next release.</source>
            <translation>[Åîŕľöçķ ŕéåđ ýöûŕ şçŕééñşĥöţş öñ ţĥîş çömpûţéŕ åñđ föûñđ ţĥéşé möméñţş ţĥåţ ľööķ şéñşîţîvé. Ľööķ åţ éåçĥ béföŕé ţĥé ñéxţ ŕéľéåşé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Black out the boxed words: the redaction tool opens with them marked, so you can adjust before anything changes.</source>
            <translation>[Bľåçķ öûţ ţĥé böxéđ wöŕđş: ţĥé ŕéđåçţîöñ ţööľ öpéñş wîţĥ ţĥém måŕķéđ, şö ýöû çåñ åđjûşţ béföŕé åñýţĥîñğ çĥåñğéş. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Each moment's category, time and why it was suggested. Its screenshot shows on the right with the words boxed.</source>
            <translation>[Éåçĥ möméñţ'ş çåţéğöŕý, ţîmé åñđ wĥý îţ wåş şûğğéşţéđ. Îţş şçŕééñşĥöţ şĥöwş öñ ţĥé ŕîğĥţ wîţĥ ţĥé wöŕđş böxéđ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>[Fľåğ ~]</translation>
        </message>
        <message>
            <source>Flag as %1</source>
            <translation>[Fľåğ åş %1 ~~~]</translation>
        </message>
        <message>
            <source>Flag this segment as sensitive: flagged segments never leave.</source>
            <translation>[Fľåğ ţĥîş şéğméñţ åş şéñşîţîvé: fľåğğéđ şéğméñţş ñévéŕ ľéåvé. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing sensitive here: the suggestion goes away and the segment is reviewed like any other.</source>
            <translation>[Ñöţĥîñğ şéñşîţîvé ĥéŕé: ţĥé şûğğéşţîöñ ğöéş åwåý åñđ ţĥé şéğméñţ îş ŕévîéwéđ ľîķé åñý öţĥéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing waits for a look. Airlock keeps reading new screenshots and lists here what looks sensitive.</source>
            <translation>[Ñöţĥîñğ wåîţş föŕ å ľööķ. Åîŕľöçķ ķéépş ŕéåđîñğ ñéw şçŕééñşĥöţş åñđ ľîşţş ĥéŕé wĥåţ ľööķş şéñşîţîvé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading screenshots</source>
            <translation>[Ŕéåđîñğ şçŕééñşĥöţş ~~~~~~]</translation>
        </message>
        <message>
            <source>Suggested moments</source>
            <translation>[Şûğğéşţéđ möméñţş ~~~~~]</translation>
        </message>
        <message>
            <source>The words that made Airlock suggest the selected moment</source>
            <translation>[Ťĥé wöŕđş ţĥåţ måđé Åîŕľöçķ şûğğéşţ ţĥé şéľéçţéđ möméñţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why it needs a look</source>
            <translation>[Wĥý îţ ñééđş å ľööķ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message numerus="yes">
            <source>%n segment(s) will be released at %1</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) wîľľ bé ŕéľéåşéđ åţ %1 ~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Airlock is capturing again</source>
            <translation>[Åîŕľöçķ îş çåpţûŕîñğ åğåîñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is not capturing</source>
            <translation>[Åîŕľöçķ îş ñöţ çåpţûŕîñğ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock is recording again</source>
            <translation>[Åîŕľöçķ îş ŕéçöŕđîñğ åğåîñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Airlock read your screenshots on this computer and found moments that look sensitive. Open “Review captures…”, then “Needs a look”, to redact, flag or dismiss them.</source>
            <translation>[Åîŕľöçķ ŕéåđ ýöûŕ şçŕééñşĥöţş öñ ţĥîş çömpûţéŕ åñđ föûñđ möméñţş ţĥåţ ľööķ şéñşîţîvé. Öpéñ “Ŕévîéw çåpţûŕéş…”, ţĥéñ “Ñééđş å ľööķ”, ţö ŕéđåçţ, fľåğ öŕ đîşmîşş ţĥém. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted for good</source>
            <translation>[Đéľéţéđ föŕ ğööđ ~~~~~]</translation>
        </message>
        <message>
            <source>Flagged as sensitive</source>
            <translation>[Fľåğğéđ åş şéñşîţîvé ~~~~~~]</translation>
        </message>
        <message>
            <source>Open “Review captures…” to check, delete or flag them before they leave this computer.</source>
            <translation>[Öpéñ “Ŕévîéw çåpţûŕéş…” ţö çĥéçķ, đéľéţé öŕ fľåğ ţĥém béföŕé ţĥéý ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>That did not work</source>
            <translation>[Ťĥåţ đîđ ñöţ wöŕķ ~~~~~]</translation>
        </message>
        <message>
            <source>They will never leave this computer.</source>
            <translation>[Ťĥéý wîľľ ñévéŕ ľéåvé ţĥîş çömpûţéŕ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your timed pause has ended. Click the Airlock icon to pause again.</source>
            <translation>[Ýöûŕ ţîméđ påûşé ĥåş éñđéđ. Çľîçķ ţĥé Åîŕľöçķ îçöñ ţö påûşé åğåîñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PolicyDiff</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>[%n đåý(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>[(ñöñé) ~~]</translation>
        </message>
        <message>
            <source>A key can no longer open newly released data: %1</source>
            <translation>[Å ķéý çåñ ñö ľöñğéŕ öpéñ ñéwľý ŕéľéåşéđ đåţå: %1 ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A new key can open released data: %1</source>
            <translation>[Å ñéw ķéý çåñ öpéñ ŕéľéåşéđ đåţå: %1 ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Data kept on this computer for</source>
            <translation>[Đåţå ķépţ öñ ţĥîş çömpûţéŕ föŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exclusion removed (now recorded): %1</source>
            <translation>[Éxçľûşîöñ ŕémövéđ (ñöw ŕéçöŕđéđ): %1 ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hold before release</source>
            <translation>[Ĥöľđ béföŕé ŕéľéåşé ~~~~~~]</translation>
        </message>
        <message>
            <source>Idle time that ends a segment</source>
            <translation>[Îđľé ţîmé ţĥåţ éñđş å şéğméñţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keystrokes by default</source>
            <translation>[Ķéýşţŕöķéş bý đéfåûľţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Keystrokes in %1</source>
            <translation>[Ķéýşţŕöķéş îñ %1 ~~~~~]</translation>
        </message>
        <message>
            <source>Longest segment</source>
            <translation>[Ľöñğéşţ şéğméñţ ~~~~]</translation>
        </message>
        <message>
            <source>Monitors recorded</source>
            <translation>[Möñîţöŕş ŕéçöŕđéđ ~~~~~]</translation>
        </message>
        <message>
            <source>New exclusion: %1</source>
            <translation>[Ñéw éxçľûşîöñ: %1 ~~~~~]</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>[Öŕğåñîşåţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Pause shortcut</source>
            <translation>[Påûşé şĥöŕţçûţ ~~~~]</translation>
        </message>
        <message>
            <source>Quit offered in the tray menu</source>
            <translation>[Qûîţ öfféŕéđ îñ ţĥé ţŕåý méñû ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recording hours: %1 → %2</source>
            <translation>[Ŕéçöŕđîñğ ĥöûŕş: %1 → %2 ~~~~~~~]</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>[Ŕéľéåşé ~~]</translation>
        </message>
        <message>
            <source>Release runs every</source>
            <translation>[Ŕéľéåşé ŕûñş évéŕý ~~~~~]</translation>
        </message>
        <message>
            <source>Released data goes %1 instead of %2</source>
            <translation>[Ŕéľéåşéđ đåţå ğöéş %1 îñşţéåđ öf %2 ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screen change that triggers an extra screenshot</source>
            <translation>[Şçŕééñ çĥåñğé ţĥåţ ţŕîğğéŕş åñ éxţŕå şçŕééñşĥöţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshot interval</source>
            <translation>[Şçŕééñşĥöţ îñţéŕvåľ ~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshot quality</source>
            <translation>[Şçŕééñşĥöţ qûåľîţý ~~~~~]</translation>
        </message>
        <message>
            <source>Screenshot scale</source>
            <translation>[Şçŕééñşĥöţ şçåľé ~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots</source>
            <translation>[Şçŕééñşĥöţş ~~~]</translation>
        </message>
        <message>
            <source>Screenshots read on this computer to suggest sensitive moments</source>
            <translation>[Şçŕééñşĥöţş ŕéåđ öñ ţĥîş çömpûţéŕ ţö şûğğéşţ şéñşîţîvé möméñţş ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Segments are held until their screenshots were read</source>
            <translation>[Şéğméñţş åŕé ĥéľđ ûñţîľ ţĥéîŕ şçŕééñşĥöţş wéŕé ŕéåđ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Segments with an unanswered suggestion are held</source>
            <translation>[Şéğméñţş wîţĥ åñ ûñåñşwéŕéđ şûğğéşţîöñ åŕé ĥéľđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Storage endpoint</source>
            <translation>[Şţöŕåğé éñđpöîñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Storage region</source>
            <translation>[Şţöŕåğé ŕéğîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Upload limit</source>
            <translation>[Ûpľöåđ ľîmîţ ~~~~]</translation>
        </message>
        <message>
            <source>Upload only on mains power</source>
            <translation>[Ûpľöåđ öñľý öñ måîñş pöwéŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Words that make a moment sensitive</source>
            <translation>[Wöŕđş ţĥåţ måķé å möméñţ şéñşîţîvé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your organisation's consent text changed (%1)</source>
            <translation>[Ýöûŕ öŕğåñîşåţîöñ'ş çöñşéñţ ţéxţ çĥåñğéđ (%1) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>after your approval</source>
            <translation>[åfţéŕ ýöûŕ åppŕövåľ ~~~~~~]</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>[åñý ţîmé ~~]</translation>
        </message>
        <message>
            <source>automatically after the hold</source>
            <translation>[åûţömåţîçåľľý åfţéŕ ţĥé ĥöľđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>every %1 s</source>
            <translation>[évéŕý %1 ş ~~~]</translation>
        </message>
        <message>
            <source>less is recorded</source>
            <translation>[ľéşş îş ŕéçöŕđéđ ~~~~~]</translation>
        </message>
        <message>
            <source>more is recorded</source>
            <translation>[möŕé îş ŕéçöŕđéđ ~~~~~]</translation>
        </message>
        <message>
            <source>no</source>
            <translation>[ñö ~]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé ~]</translation>
        </message>
        <message>
            <source>off</source>
            <translation>[öff ~]</translation>
        </message>
        <message>
            <source>on</source>
            <translation>[öñ ~]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>[ýéş ~]</translation>
        </message>
    </context>
    <context>
        <name>Release</name>
        <message numerus="yes">
            <source>%n segment(s) %1</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) %1 ~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>flagged</source>
            <translation>[fľåğğéđ ~~]</translation>
        </message>
        <message>
            <source>still being recorded</source>
            <translation>[şţîľľ béîñğ ŕéçöŕđéđ ~~~~~~]</translation>
        </message>
        <message>
            <source>still in their hold period</source>
            <translation>[şţîľľ îñ ţĥéîŕ ĥöľđ péŕîöđ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>waiting for your approval</source>
            <translation>[wåîţîñğ föŕ ýöûŕ åppŕövåľ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>whose redaction could not be applied (delete or redo it)</source>
            <translation>[wĥöşé ŕéđåçţîöñ çöûľđ ñöţ bé åppľîéđ (đéľéţé öŕ ŕéđö îţ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>with a redaction that cannot be applied</source>
            <translation>[wîţĥ å ŕéđåçţîöñ ţĥåţ çåññöţ bé åppľîéđ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>with a suggested moment to look at (`airlock suggestions`)</source>
            <translation>[wîţĥ å şûğğéşţéđ möméñţ ţö ľööķ åţ (`åîŕľöçķ şûğğéşţîöñş`) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>with screenshots not yet read for sensitive moments (`airlock scan` reads them now)</source>
            <translation>[wîţĥ şçŕééñşĥöţş ñöţ ýéţ ŕéåđ föŕ şéñşîţîvé möméñţş (`åîŕľöçķ şçåñ` ŕéåđş ţĥém ñöw) ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>without recipients to seal to</source>
            <translation>[wîţĥöûţ ŕéçîpîéñţş ţö şéåľ ţö ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Releases</name>
        <message>
            <source>%1 to %2</source>
            <translation>[%1 ţö %2 ~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) left this computer, holding %1. Each was sealed so only your organisation's training pipeline can open it.</source>
            <translation>
                <numerusform>[%n bûñđľé(ş) ľéfţ ţĥîş çömpûţéŕ, ĥöľđîñğ %1. Éåçĥ wåş şéåľéđ şö öñľý ýöûŕ öŕğåñîşåţîöñ'ş ţŕåîñîñğ pîpéľîñé çåñ öpéñ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n moment(s) need a look (Review → Needs a look)</source>
            <translation>
                <numerusform>[%n möméñţ(ş) ñééđ å ľööķ (Ŕévîéw → Ñééđş å ľööķ) ~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n reviewed segment(s)</source>
            <translation>
                <numerusform>[%n ŕévîéwéđ şéğméñţ(ş) ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s) not yet read for sensitive moments (read when you pause for a moment on mains power, or now with `airlock scan`)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ñöţ ýéţ ŕéåđ föŕ şéñşîţîvé möméñţş (ŕéåđ wĥéñ ýöû påûşé föŕ å möméñţ öñ måîñş pöwéŕ, öŕ ñöw wîţĥ `åîŕľöçķ şçåñ`) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Activity log</source>
            <translation>[Åçţîvîţý ľöğ ~~~~]</translation>
        </message>
        <message>
            <source>Asks the organisation to delete it: a signed notice goes to where it was sent</source>
            <translation>[Åşķş ţĥé öŕğåñîşåţîöñ ţö đéľéţé îţ: å şîğñéđ ñöţîçé ğöéş ţö wĥéŕé îţ wåş şéñţ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>[Bûñđľé ~~]</translation>
        </message>
        <message>
            <source>Bundle receipt and contents</source>
            <translation>[Bûñđľé ŕéçéîpţ åñđ çöñţéñţş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Covering</source>
            <translation>[Çövéŕîñğ ~~]</translation>
        </message>
        <message>
            <source>Destination’s receipt</source>
            <translation>[Đéşţîñåţîöñ’ş ŕéçéîpţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Every bundle that left this computer, with its receipt</source>
            <translation>[Évéŕý bûñđľé ţĥåţ ľéfţ ţĥîş çömpûţéŕ, wîţĥ îţş ŕéçéîpţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every decision, in a ledger that shows any tampering</source>
            <translation>[Évéŕý đéçîşîöñ, îñ å ľéđğéŕ ţĥåţ şĥöwş åñý ţåmpéŕîñğ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keys / clicks / screenshots</source>
            <translation>[Ķéýş / çľîçķş / şçŕééñşĥöţş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not leaving yet: %1.</source>
            <translation>[Ñöţ ľéåvîñğ ýéţ: %1. ~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing has left this computer.</source>
            <translation>[Ñöţĥîñğ ĥåş ľéfţ ţĥîş çömpûţéŕ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>One row per bundle that left: when, where, its size and what it held. Its receipt shows below.</source>
            <translation>[Öñé ŕöw péŕ bûñđľé ţĥåţ ľéfţ: wĥéñ, wĥéŕé, îţş şîžé åñđ wĥåţ îţ ĥéľđ. Îţş ŕéçéîpţ şĥöwş béľöw. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Released bundles, newest first</source>
            <translation>[Ŕéľéåşéđ bûñđľéş, ñéwéşţ fîŕşţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Releases and activity</source>
            <translation>[Ŕéľéåşéş åñđ åçţîvîţý ~~~~~~]</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>[Şéğméñţş ~~]</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>[Şéñţ ~]</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>[Şîžé ~]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Şţåţûş ~~]</translation>
        </message>
        <message>
            <source>The receipt of the selected bundle and the segments it held</source>
            <translation>[Ťĥé ŕéçéîpţ öf ţĥé şéľéçţéđ bûñđľé åñđ ţĥé şéğméñţş îţ ĥéľđ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What left my computer</source>
            <translation>[Wĥåţ ľéfţ mý çömpûţéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Where to</source>
            <translation>[Wĥéŕé ţö ~~]</translation>
        </message>
        <message>
            <source>Withdraw bundle</source>
            <translation>[Wîţĥđŕåw bûñđľé ~~~~]</translation>
        </message>
        <message>
            <source>Withdraw bundle %1?

A signed withdrawal notice goes to the destination; the data team's collector removes this bundle from their dataset.</source>
            <translation>[Wîţĥđŕåw bûñđľé %1?

Å şîğñéđ wîţĥđŕåwåľ ñöţîçé ğöéş ţö ţĥé đéşţîñåţîöñ; ţĥé đåţå ţéåm'ş çöľľéçţöŕ ŕémövéş ţĥîş bûñđľé fŕöm ţĥéîŕ đåţåşéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Withdraw the selected bundle</source>
            <translation>[Wîţĥđŕåw ţĥé şéľéçţéđ bûñđľé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Withdraw this bundle…</source>
            <translation>[Wîţĥđŕåw ţĥîş bûñđľé… ~~~~~~]</translation>
        </message>
        <message>
            <source>Withdrawal failed</source>
            <translation>[Wîţĥđŕåwåľ fåîľéđ ~~~~~]</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>[đéľîvéŕéđ ~~~]</translation>
        </message>
        <message>
            <source>withdrawn %1</source>
            <translation>[wîţĥđŕåwñ %1 ~~~~]</translation>
        </message>
        <message>
            <source>yyyy-MM-dd HH:mm t</source>
            <translation>[ýýýý-MM-đđ ĤĤ:mm ţ ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialogs</name>
        <message>
            <source>&amp;Action:</source>
            <translation>[&amp;Åçţîöñ: ~~]</translation>
        </message>
        <message>
            <source>&amp;Continue…</source>
            <translation>[&amp;Çöñţîñûé… ~~~]</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>[&amp;Fŕöm: ~~]</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>[&amp;Ťö: ~]</translation>
        </message>
        <message>
            <source>Act on a time range</source>
            <translation>[Åçţ öñ å ţîmé ŕåñğé ~~~~~~]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Åçţîöñ ~~]</translation>
        </message>
        <message>
            <source>Approve it for release</source>
            <translation>[Åppŕövé îţ föŕ ŕéľéåşé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çåñçéľ ~~]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çľöşé ~~]</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>[Çľöşé wîţĥöûţ çĥåñğîñğ åñýţĥîñğ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete everything in it</source>
            <translation>[Đéľéţé évéŕýţĥîñğ îñ îţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>End of the range</source>
            <translation>[Éñđ öf ţĥé ŕåñğé ~~~~~]</translation>
        </message>
        <message>
            <source>Flag it as sensitive</source>
            <translation>[Fľåğ îţ åş şéñşîţîvé ~~~~~~]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Fŕöm ~]</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>[Pŕöğŕéşş ~~]</translation>
        </message>
        <message>
            <source>Shows what is in the range and asks before acting</source>
            <translation>[Şĥöwş wĥåţ îş îñ ţĥé ŕåñğé åñđ åşķş béföŕé åçţîñğ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong (%1); nothing was changed.</source>
            <translation>[Şöméţĥîñğ wéñţ wŕöñğ (%1); ñöţĥîñğ wåş çĥåñğéđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start of the range</source>
            <translation>[Şţåŕţ öf ţĥé ŕåñğé ~~~~~]</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>[Ťĥé éñđ mûşţ bé åfţéŕ ţĥé şţåŕţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[Ťö ~]</translation>
        </message>
        <message>
            <source>What to do with everything captured in the range</source>
            <translation>[Wĥåţ ţö đö wîţĥ évéŕýţĥîñğ çåpţûŕéđ îñ ţĥé ŕåñğé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>[Wĥåţ wîľľ ĥåppéñ ~~~~~]</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>[Wöŕķîñğ… ~~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewFlows</name>
        <message>
            <source>%1 and %2</source>
            <translation>[%1 åñđ %2 ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) marked. Adjust them if needed (drag to add, Clear to start again), then press “Black out”.</source>
            <translation>
                <numerusform>[%n åŕéå(ş) måŕķéđ. Åđjûşţ ţĥém îf ñééđéđ (đŕåğ ţö åđđ, Çľéåŕ ţö şţåŕţ åğåîñ), ţĥéñ pŕéşş “Bľåçķ öûţ”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>[%n ķéýşţŕöķé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>&amp;Black out</source>
            <translation>[&amp;Bľåçķ öûţ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation>[&amp;Đéľéţé föŕ ğööđ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Mask</source>
            <translation>[&amp;Måşķ ~~]</translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s) (flagged and released ones are left as they are).</source>
            <translation>
                <numerusform>[Åppŕövéđ %n şéğméñţ(ş) (fľåğğéđ åñđ ŕéľéåşéđ öñéş åŕé ľéfţ åş ţĥéý åŕé). ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>Approved %n segment(s).</source>
            <translation>
                <numerusform>[Åppŕövéđ %n şéğméñţ(ş). ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>Black out %n area(s) of this screenshot?

The stored screenshot is replaced by one where these areas are black. The original is not kept anywhere. This cannot be undone.</source>
            <translation>
                <numerusform>[Bľåçķ öûţ %n åŕéå(ş) öf ţĥîş şçŕééñşĥöţ?

Ťĥé şţöŕéđ şçŕééñşĥöţ îş ŕépľåçéđ bý öñé wĥéŕé ţĥéşé åŕéåş åŕé bľåçķ. Ťĥé öŕîğîñåľ îş ñöţ ķépţ åñýwĥéŕé. Ťĥîş çåññöţ bé ûñđöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Delete %1?

%2 with %3, %4 and %5 will be removed from the vault and its journal at once. The deletion is recorded in your ledger (counts only).

This cannot be undone.</source>
            <translation>[Đéľéţé %1?

%2 wîţĥ %3, %4 åñđ %5 wîľľ bé ŕémövéđ fŕöm ţĥé våûľţ åñđ îţş jöûŕñåľ åţ öñçé. Ťĥé đéľéţîöñ îş ŕéçöŕđéđ îñ ýöûŕ ľéđğéŕ (çöûñţş öñľý).

Ťĥîş çåññöţ bé ûñđöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete captured data</source>
            <translation>[Đéľéţé çåpţûŕéđ đåţå ~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>[Đéľéţéđ %1. ~~~]</translation>
        </message>
        <message>
            <source>Drag on the screenshot, or press R and use the arrow keys, to mark areas; then press “Black out”.</source>
            <translation>[Đŕåğ öñ ţĥé şçŕééñşĥöţ, öŕ pŕéşş Ŕ åñđ ûşé ţĥé åŕŕöw ķéýş, ţö måŕķ åŕéåş; ţĥéñ pŕéşş “Bľåçķ öûţ”. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s).</source>
            <translation>
                <numerusform>[Fľåğğéđ %n şéğméñţ(ş). ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Flagged as %1: this segment will never leave.</source>
            <translation>[Fľåğğéđ åş %1: ţĥîş şéğméñţ wîľľ ñévéŕ ľéåvé. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Marked as not sensitive.</source>
            <translation>[Måŕķéđ åş ñöţ şéñşîţîvé. ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Mask %n character(s) of the typed text?

They become • in the vault, and the keystrokes that typed them are masked too. The original is not kept anywhere. This cannot be undone.</source>
            <translation>
                <numerusform>[Måşķ %n çĥåŕåçţéŕ(ş) öf ţĥé ţýpéđ ţéxţ?

Ťĥéý béçömé • îñ ţĥé våûľţ, åñđ ţĥé ķéýşţŕöķéş ţĥåţ ţýpéđ ţĥém åŕé måşķéđ ţöö. Ťĥé öŕîğîñåľ îş ñöţ ķépţ åñýwĥéŕé. Ťĥîş çåññöţ bé ûñđöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Mask typed text</source>
            <translation>[Måşķ ţýpéđ ţéxţ ~~~~]</translation>
        </message>
        <message>
            <source>Redact screenshot</source>
            <translation>[Ŕéđåçţ şçŕééñşĥöţ ~~~~~]</translation>
        </message>
        <message>
            <source>Screenshot redacted.</source>
            <translation>[Şçŕééñşĥöţ ŕéđåçţéđ. ~~~~~~]</translation>
        </message>
        <message>
            <source>That screenshot is no longer in the vault.</source>
            <translation>[Ťĥåţ şçŕééñşĥöţ îş ñö ľöñğéŕ îñ ţĥé våûľţ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Typed text masked.</source>
            <translation>[Ťýpéđ ţéxţ måşķéđ. ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Unflagged %n segment(s).</source>
            <translation>
                <numerusform>[Ûñfľåğğéđ %n şéğméñţ(ş). ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>[ñöţĥîñğ ~~]</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message numerus="yes">
            <source>%n matching segment(s)</source>
            <translation>
                <numerusform>[%n måţçĥîñğ şéğméñţ(ş) ~~~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>[&amp;Åppŕövé ~~]</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>[&amp;Đåý: ~~]</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>[&amp;Đéľéţé… ~~]</translation>
        </message>
        <message>
            <source>&amp;Flag…</source>
            <translation>[&amp;Fľåğ… ~~]</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>[&amp;Ğö ~]</translation>
        </message>
        <message>
            <source>&amp;Mask selected text</source>
            <translation>[&amp;Måşķ şéľéçţéđ ţéxţ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>[&amp;Ñéxţ ~~]</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>[&amp;Pŕévîöûş ~~~]</translation>
        </message>
        <message>
            <source>&amp;Redact…</source>
            <translation>[&amp;Ŕéđåçţ… ~~]</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>[&amp;Şéåŕçĥ ~~]</translation>
        </message>
        <message>
            <source>&amp;Segment</source>
            <translation>[&amp;Şéğméñţ ~~]</translation>
        </message>
        <message>
            <source>&amp;Time range…</source>
            <translation>[&amp;Ťîmé ŕåñğé… ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Unflag</source>
            <translation>[&amp;Ûñfľåğ ~~]</translation>
        </message>
        <message>
            <source>A&amp;pplication:</source>
            <translation>[Å&amp;ppľîçåţîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>[Åçţîöñş ~~]</translation>
        </message>
        <message>
            <source>Airlock</source>
            <translation>[Åîŕľöçķ ~~]</translation>
        </message>
        <message>
            <source>All applications</source>
            <translation>[Åľľ åppľîçåţîöñş ~~~~~]</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>[Åľľ đåýş ~~]</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>[Åľľ şţåţéş ~~~]</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>[Åppľîçåţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Approve for release after the hold</source>
            <translation>[Åppŕövé föŕ ŕéľéåşé åfţéŕ ţĥé ĥöľđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>[Đåý ~]</translation>
        </message>
        <message>
            <source>Days, then the segments and gaps of each day. Select one or more to act on them.</source>
            <translation>[Đåýş, ţĥéñ ţĥé şéğméñţş åñđ ğåpş öf éåçĥ đåý. Şéľéçţ öñé öŕ möŕé ţö åçţ öñ ţĥém. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete the selected segments or days for good</source>
            <translation>[Đéľéţé ţĥé şéľéçţéđ şéğméñţş öŕ đåýş föŕ ğööđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete, flag or approve a time range</source>
            <translation>[Đéľéţé, fľåğ öŕ åppŕövé å ţîmé ŕåñğé ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Draw rectangles on the screenshot to black them out</source>
            <translation>[Đŕåw ŕéçţåñğľéş öñ ţĥé şçŕééñşĥöţ ţö bľåçķ ţĥém öûţ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fit screenshot</source>
            <translation>[Fîţ şçŕééñşĥöţ ~~~~]</translation>
        </message>
        <message>
            <source>Fit the screenshot</source>
            <translation>[Fîţ ţĥé şçŕééñşĥöţ ~~~~~]</translation>
        </message>
        <message>
            <source>Flag as sensitive: it never leaves</source>
            <translation>[Fľåğ åş şéñşîţîvé: îţ ñévéŕ ľéåvéş ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mask the selected typed text</source>
            <translation>[Måşķ ţĥé şéľéçţéđ ţýpéđ ţéxţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Moments that look sensitive, to redact, flag or dismiss</source>
            <translation>[Möméñţş ţĥåţ ľööķ şéñşîţîvé, ţö ŕéđåçţ, fľåğ öŕ đîşmîşş ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Needs a &amp;look</source>
            <translation>[Ñééđş å &amp;ľööķ ~~~~]</translation>
        </message>
        <message>
            <source>Needs a &amp;look (%1)</source>
            <translation>[Ñééđş å &amp;ľööķ (%1) ~~~~~]</translation>
        </message>
        <message>
            <source>Next screenshot</source>
            <translation>[Ñéxţ şçŕééñşĥöţ ~~~~]</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation>[Ñéxţ şéğméñţ ~~~~]</translation>
        </message>
        <message>
            <source>Nothing was lost; try again.</source>
            <translation>[Ñöţĥîñğ wåş ľöşţ; ţŕý åğåîñ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Previous screenshot</source>
            <translation>[Pŕévîöûş şçŕééñşĥöţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Previous segment</source>
            <translation>[Pŕévîöûş şéğméñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>[Ŕé&amp;ľöåđ ~~]</translation>
        </message>
        <message>
            <source>Read the vault again</source>
            <translation>[Ŕéåđ ţĥé våûľţ åğåîñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Remove the sensitive flag</source>
            <translation>[Ŕémövé ţĥé şéñşîţîvé fľåğ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Review captures</source>
            <translation>[Ŕévîéw çåpţûŕéş ~~~~]</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>[Ş&amp;ţåţé: ~~]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Şéåŕçĥ ~~]</translation>
        </message>
        <message>
            <source>Search typed text and titles</source>
            <translation>[Şéåŕçĥ ţýpéđ ţéxţ åñđ ţîţľéş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Search typed text and window titles  (Ctrl+F)</source>
            <translation>[Şéåŕçĥ ţýpéđ ţéxţ åñđ wîñđöw ţîţľéş  (Çţŕľ+F) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Show only segments in this state</source>
            <translation>[Şĥöw öñľý şéğméñţş îñ ţĥîş şţåţé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Show only this application</source>
            <translation>[Şĥöw öñľý ţĥîş åppľîçåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Show only this day</source>
            <translation>[Şĥöw öñľý ţĥîş đåý ~~~~~]</translation>
        </message>
        <message>
            <source>Something went wrong while reading or changing the vault.</source>
            <translation>[Şöméţĥîñğ wéñţ wŕöñğ wĥîľé ŕéåđîñğ öŕ çĥåñğîñğ ţĥé våûľţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Şţåţé ~~]</translation>
        </message>
        <message>
            <source>T&amp;imeline</source>
            <translation>[Ť&amp;îméľîñé ~~~]</translation>
        </message>
        <message>
            <source>The timeline of what was captured</source>
            <translation>[Ťĥé ţîméľîñé öf wĥåţ wåş çåpţûŕéđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>[Ťîméľîñé ~~]</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>[Ťöţåľş ~~]</translation>
        </message>
        <message>
            <source>Typed text and window titles; Enter searches, Down goes to the results</source>
            <translation>[Ťýpéđ ţéxţ åñđ wîñđöw ţîţľéş; Éñţéŕ şéåŕçĥéş, Đöwñ ğöéş ţö ţĥé ŕéşûľţş ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>[Vîéwş ~~]</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>[Žööm îñ ~~]</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>[Žööm öûţ ~~]</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>[ûñķñöwñ ~~]</translation>
        </message>
    </context>
    <context>
        <name>Scan</name>
        <message>
            <source>%1 (waiting: %2)</source>
            <translation>[%1 (wåîţîñğ: %2) ~~~~~]</translation>
        </message>
        <message>
            <source>Reading screenshots stopped (%1); starting again</source>
            <translation>[Ŕéåđîñğ şçŕééñşĥöţş şţöppéđ (%1); şţåŕţîñğ åğåîñ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reading screenshots: %1 of %2</source>
            <translation>[Ŕéåđîñğ şçŕééñşĥöţş: %1 öf %2 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots are not read: %1</source>
            <translation>[Şçŕééñşĥöţş åŕé ñöţ ŕéåđ: %1 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots read: %1 of %2</source>
            <translation>[Şçŕééñşĥöţş ŕéåđ: %1 öf %2 ~~~~~~~~]</translation>
        </message>
        <message>
            <source>capture is paused</source>
            <translation>[çåpţûŕé îş påûşéđ ~~~~~]</translation>
        </message>
        <message>
            <source>ended by signal %1</source>
            <translation>[éñđéđ bý şîğñåľ %1 ~~~~~]</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>[éxîţ çöđé %1 ~~~~]</translation>
        </message>
        <message>
            <source>no OCR engine here (%1)</source>
            <translation>[ñö ÖÇŔ éñğîñé ĥéŕé (%1) ~~~~~~~]</translation>
        </message>
        <message>
            <source>on battery</source>
            <translation>[öñ båţţéŕý ~~~]</translation>
        </message>
        <message>
            <source>the policy turns reading screenshots off</source>
            <translation>[ţĥé pöľîçý ţûŕñş ŕéåđîñğ şçŕééñşĥöţş öff ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>you are working</source>
            <translation>[ýöû åŕé wöŕķîñğ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Screenshots</name>
        <message>
            <source>Black out</source>
            <translation>[Bľåçķ öûţ ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Black out %n area(s)</source>
            <translation>
                <numerusform>[Bľåçķ öûţ %n åŕéå(ş) ~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Black out the drawn areas</source>
            <translation>[Bľåçķ öûţ ţĥé đŕåwñ åŕéåş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>[Çľéåŕ ~~]</translation>
        </message>
        <message>
            <source>Draw rectangles to black out on this screenshot (R)</source>
            <translation>[Đŕåw ŕéçţåñğľéş ţö bľåçķ öûţ öñ ţĥîş şçŕééñşĥöţ (Ŕ) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every screenshot of the segment with its time; the selected one is shown above</source>
            <translation>[Évéŕý şçŕééñşĥöţ öf ţĥé şéğméñţ wîţĥ îţş ţîmé; ţĥé şéľéçţéđ öñé îş şĥöwñ åbövé ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>[Fîţ ~]</translation>
        </message>
        <message>
            <source>Fit the screenshot in the view (Ctrl+0)</source>
            <translation>[Fîţ ţĥé şçŕééñşĥöţ îñ ţĥé vîéw (Çţŕľ+0) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>[Ľöåđîñğ… ~~]</translation>
        </message>
        <message>
            <source>Moves through the segment's time; shows the screenshot of that moment.</source>
            <translation>[Mövéş ţĥŕöûğĥ ţĥé şéğméñţ'ş ţîmé; şĥöwş ţĥé şçŕééñşĥöţ öf ţĥåţ möméñţ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next screenshot ( ] )</source>
            <translation>[Ñéxţ şçŕééñşĥöţ ( ] ) ~~~~~~]</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>[Ñéxţ ▶ ~~]</translation>
        </message>
        <message>
            <source>No screenshot</source>
            <translation>[Ñö şçŕééñşĥöţ ~~~~]</translation>
        </message>
        <message>
            <source>No screenshots in this segment</source>
            <translation>[Ñö şçŕééñşĥöţş îñ ţĥîş şéğméñţ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Previous screenshot ( [ )</source>
            <translation>[Pŕévîöûş şçŕééñşĥöţ ( [ ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rectangle at %1, %2, %3 by %4 pixels. Arrows move it, Shift+arrows resize it, Enter keeps it, Escape drops it.</source>
            <translation>[Ŕéçţåñğľé åţ %1, %2, %3 bý %4 pîxéľş. Åŕŕöwş mövé îţ, Şĥîfţ+åŕŕöwş ŕéşîžé îţ, Éñţéŕ ķéépş îţ, Éşçåpé đŕöpş îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Redact areas…</source>
            <translation>[Ŕéđåçţ åŕéåş… ~~~~]</translation>
        </message>
        <message>
            <source>Remove the drawn rectangles</source>
            <translation>[Ŕémövé ţĥé đŕåwñ ŕéçţåñğľéş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Replace the stored screenshot with one where the drawn areas are black. The original is not kept.</source>
            <translation>[Ŕépľåçé ţĥé şţöŕéđ şçŕééñşĥöţ wîţĥ öñé wĥéŕé ţĥé đŕåwñ åŕéåş åŕé bľåçķ. Ťĥé öŕîğîñåľ îş ñöţ ķépţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>[Şçŕééñşĥöţ ~~~]</translation>
        </message>
        <message>
            <source>Screenshot %1 of %2, %3 s into the segment</source>
            <translation>[Şçŕééñşĥöţ %1 öf %2, %3 ş îñţö ţĥé şéğméñţ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshot position</source>
            <translation>[Şçŕééñşĥöţ pöşîţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Screenshots of this segment</source>
            <translation>[Şçŕééñşĥöţş öf ţĥîş şéğméñţ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Select a segment</source>
            <translation>[Şéľéçţ å şéğméñţ ~~~~~]</translation>
        </message>
        <message>
            <source>The selected screenshot; left clicks are circles, other clicks squares. While redacting, R starts a rectangle.</source>
            <translation>[Ťĥé şéľéçţéđ şçŕééñşĥöţ; ľéfţ çľîçķş åŕé çîŕçľéş, öţĥéŕ çľîçķş şqûåŕéş. Wĥîľé ŕéđåçţîñğ, Ŕ şţåŕţş å ŕéçţåñğľé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This screenshot could not be read</source>
            <translation>[Ťĥîş şçŕééñşĥöţ çöûľđ ñöţ bé ŕéåđ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time in segment</source>
            <translation>[Ťîmé îñ şéğméñţ ~~~~]</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>[Žööm îñ ~~]</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>[Žööm îñ (Çţŕľ++) ~~~~~]</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>[Žööm öûţ ~~]</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>[Žööm öûţ (Çţŕľ+-) ~~~~~]</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>[◀ Pŕévîöûş ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source> hours</source>
            <translation>[ ĥöûŕş ~~]</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>[%1 ĥöûŕş ~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>[%n ĥöûŕ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) (password managers, private browsing, login prompts and your organisation's)</source>
            <translation>
                <numerusform>[%n ŕûľé(ş) (påşşwöŕđ måñåğéŕş, pŕîvåţé bŕöwşîñğ, ľöğîñ pŕömpţş åñđ ýöûŕ öŕğåñîşåţîöñ'ş) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Add exclusion</source>
            <translation>[Åđđ éxçľûşîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Adds the application or title words above to the list</source>
            <translation>[Åđđş ţĥé åppľîçåţîöñ öŕ ţîţľé wöŕđş åbövé ţö ţĥé ľîşţ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Application to exclude</source>
            <translation>[Åppľîçåţîöñ ţö éxçľûđé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Applications and windows never recorded, on top of your organisation's</source>
            <translation>[Åppľîçåţîöñş åñđ wîñđöwş ñévéŕ ŕéçöŕđéđ, öñ ţöp öf ýöûŕ öŕğåñîşåţîöñ'ş ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>[Åş ţĥé şýşţém (%1) ~~~~~]</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>[Çľöşé wîţĥöûţ çĥåñğîñğ åñýţĥîñğ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exclude</source>
            <translation>[Éxçľûđé ~~]</translation>
        </message>
        <message>
            <source>Exclusions</source>
            <translation>[Éxçľûşîöñş ~~~]</translation>
        </message>
        <message>
            <source>Hold before release</source>
            <translation>[Ĥöľđ béföŕé ŕéľéåşé ~~~~~~]</translation>
        </message>
        <message>
            <source>Hold before release, hours</source>
            <translation>[Ĥöľđ béföŕé ŕéľéåşé, ĥöûŕş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>How long captures wait before they may leave; at least your organisation's hold</source>
            <translation>[Ĥöw ľöñğ çåpţûŕéş wåîţ béföŕé ţĥéý måý ľéåvé; åţ ľéåşţ ýöûŕ öŕğåñîşåţîöñ'ş ĥöľđ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>How much of what you type is kept; only modes stricter than your organisation's are offered</source>
            <translation>[Ĥöw mûçĥ öf wĥåţ ýöû ţýpé îş ķépţ; öñľý möđéş şţŕîçţéŕ ţĥåñ ýöûŕ öŕğåñîşåţîöñ'ş åŕé öfféŕéđ ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keeps these choices; capture and release obey them at once</source>
            <translation>[Ķéépş ţĥéşé çĥöîçéş; çåpţûŕé åñđ ŕéľéåşé öbéý ţĥém åţ öñçé ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keystroke mode for me</source>
            <translation>[Ķéýşţŕöķé möđé föŕ mé ~~~~~~]</translation>
        </message>
        <message>
            <source>Keystrokes</source>
            <translation>[Ķéýşţŕöķéş ~~~]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ľåñğûåğé ~~]</translation>
        </message>
        <message>
            <source>Language of Airlock</source>
            <translation>[Ľåñğûåğé öf Åîŕľöçķ ~~~~~~]</translation>
        </message>
        <message>
            <source>My choices (stricter only)</source>
            <translation>[Mý çĥöîçéş (şţŕîçţéŕ öñľý) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>My extra exclusions</source>
            <translation>[Mý éxţŕå éxçľûşîöñş ~~~~~~]</translation>
        </message>
        <message>
            <source>My privacy settings</source>
            <translation>[Mý pŕîvåçý şéţţîñğş ~~~~~~]</translation>
        </message>
        <message>
            <source>Never record</source>
            <translation>[Ñévéŕ ŕéçöŕđ ~~~~]</translation>
        </message>
        <message>
            <source>Nothing leaves until I approve it</source>
            <translation>[Ñöţĥîñğ ľéåvéş ûñţîľ Î åppŕövé îţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>[Ŕéľéåşé ~~]</translation>
        </message>
        <message>
            <source>Require my approval before release</source>
            <translation>[Ŕéqûîŕé mý åppŕövåľ béföŕé ŕéľéåşé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>[Şéţ bý ýöûŕ öŕğåñîşåţîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>The language of Airlock's windows, menus and notices</source>
            <translation>[Ťĥé ľåñğûåğé öf Åîŕľöçķ'ş wîñđöwş, méñûş åñđ ñöţîçéş ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Window title words to exclude</source>
            <translation>[Wîñđöw ţîţľé wöŕđş ţö éxçľûđé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your organisation sets these values in its signed policy. You can make them stricter for yourself, never looser.</source>
            <translation>[Ýöûŕ öŕğåñîşåţîöñ şéţş ţĥéşé våľûéş îñ îţş şîğñéđ pöľîçý. Ýöû çåñ måķé ţĥém şţŕîçţéŕ föŕ ýöûŕşéľf, ñévéŕ ľööşéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>after the hold unless you delete or flag</source>
            <translation>[åfţéŕ ţĥé ĥöľđ ûñľéşş ýöû đéľéţé öŕ fľåğ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>after you approve</source>
            <translation>[åfţéŕ ýöû åppŕövé ~~~~~]</translation>
        </message>
        <message>
            <source>application, e.g. signal</source>
            <translation>[åppľîçåţîöñ, é.ğ. şîğñåľ ~~~~~~~]</translation>
        </message>
        <message>
            <source>counts — only how many keys</source>
            <translation>[çöûñţş — öñľý ĥöw måñý ķéýş ~~~~~~~~]</translation>
        </message>
        <message>
            <source>full — the text you type</source>
            <translation>[fûľľ — ţĥé ţéxţ ýöû ţýpé ~~~~~~~]</translation>
        </message>
        <message>
            <source>masked — each character becomes •</source>
            <translation>[måşķéđ — éåçĥ çĥåŕåçţéŕ béçöméş • ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>none — no keystrokes at all</source>
            <translation>[ñöñé — ñö ķéýşţŕöķéş åţ åľľ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>or words in the window title, e.g. online banking</source>
            <translation>[öŕ wöŕđş îñ ţĥé wîñđöw ţîţľé, é.ğ. öñľîñé båñķîñğ ~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message numerus="yes">
            <source>%n click(s)</source>
            <translation>
                <numerusform>[%n çľîçķ(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n keystroke(s)</source>
            <translation>
                <numerusform>[%n ķéýşţŕöķé(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n screenshot(s)</source>
            <translation>
                <numerusform>[%n şçŕééñşĥöţ(ş) ~~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Capture stopped: %1</source>
            <translation>[Çåpţûŕé şţöppéđ: %1 ~~~~~~]</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>[Đéľéţéđ %1. ~~~]</translation>
        </message>
        <message>
            <source>Excluded window in focus (%1): nothing recorded</source>
            <translation>[Éxçľûđéđ wîñđöw îñ föçûş (%1): ñöţĥîñğ ŕéçöŕđéđ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Excluded window in focus: nothing recorded</source>
            <translation>[Éxçľûđéđ wîñđöw îñ föçûş: ñöţĥîñğ ŕéçöŕđéđ ~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n segment(s) as sensitive.</source>
            <translation>
                <numerusform>[Fľåğğéđ %n şéğméñţ(ş) åş şéñşîţîvé. ~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Not capturing</source>
            <translation>[Ñöţ çåpţûŕîñğ ~~~~]</translation>
        </message>
        <message>
            <source>Not capturing: %1</source>
            <translation>[Ñöţ çåpţûŕîñğ: %1 ~~~~~]</translation>
        </message>
        <message>
            <source>Paused until %1</source>
            <translation>[Påûşéđ ûñţîľ %1 ~~~~]</translation>
        </message>
        <message>
            <source>Paused until you resume</source>
            <translation>[Påûşéđ ûñţîľ ýöû ŕéşûmé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>[Ŕéçöŕđîñğ ~~~]</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>[ñöţ şţåŕţéđ ~~~]</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>[ñöţĥîñğ ~~]</translation>
        </message>
        <message>
            <source>the focused window is unknown</source>
            <translation>[ţĥé föçûşéđ wîñđöw îş ûñķñöwñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>[ûñķñöwñ ŕéåşöñ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>StatusWindow</name>
        <message>
            <source>%1 pauses and resumes from anywhere.</source>
            <translation>[%1 påûşéş åñđ ŕéşûméş fŕöm åñýwĥéŕé. ~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) wåîţîñğ föŕ ŕévîéw ~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Airlock shows this window instead. Closing it only minimises it: Airlock keeps running, and its controls stay within reach.</source>
            <translation>[Åîŕľöçķ şĥöwş ţĥîş wîñđöw îñşţéåđ. Çľöşîñğ îţ öñľý mîñîmîşéş îţ: Åîŕľöçķ ķéépş ŕûññîñğ, åñđ îţş çöñţŕöľş şţåý wîţĥîñ ŕéåçĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Delete recent…</source>
            <translation>[Đéľéţé ŕéçéñţ… ~~~~]</translation>
        </message>
        <message>
            <source>Delete what was captured in the last minutes, for good</source>
            <translation>[Đéľéţé wĥåţ wåş çåpţûŕéđ îñ ţĥé ľåşţ mîñûţéş, föŕ ğööđ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every bundle that was released, and the log of every decision</source>
            <translation>[Évéŕý bûñđľé ţĥåţ wåş ŕéľéåşéđ, åñđ ţĥé ľöğ öf évéŕý đéçîşîöñ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flag last 15 min…</source>
            <translation>[Fľåğ ľåşţ 15 mîñ… ~~~~~]</translation>
        </message>
        <message>
            <source>Mark the last 15 minutes as sensitive: they never leave this computer</source>
            <translation>[Måŕķ ţĥé ľåşţ 15 mîñûţéş åş şéñşîţîvé: ţĥéý ñévéŕ ľéåvé ţĥîş çömpûţéŕ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>My privacy settings…</source>
            <translation>[Mý pŕîvåçý şéţţîñğş… ~~~~~~]</translation>
        </message>
        <message>
            <source>No system tray on this desktop</source>
            <translation>[Ñö şýşţém ţŕåý öñ ţĥîş đéşķţöp ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>[Ñöţ åvåîľåbľé îñ ţĥîş véŕşîöñ. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>[Påûşé ~~]</translation>
        </message>
        <message>
            <source>Pause for a while or until a time</source>
            <translation>[Påûşé föŕ å wĥîľé öŕ ûñţîľ å ţîmé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pause for…</source>
            <translation>[Påûşé föŕ… ~~~]</translation>
        </message>
        <message>
            <source>Pause until %1</source>
            <translation>[Påûşé ûñţîľ %1 ~~~~]</translation>
        </message>
        <message>
            <source>Pause until I resume</source>
            <translation>[Påûşé ûñţîľ Î ŕéşûmé ~~~~~~]</translation>
        </message>
        <message>
            <source>Policy and privacy…</source>
            <translation>[Pöľîçý åñđ pŕîvåçý… ~~~~~~]</translation>
        </message>
        <message>
            <source>Quit Airlock</source>
            <translation>[Qûîţ Åîŕľöçķ ~~~~]</translation>
        </message>
        <message>
            <source>Record less than the policy allows</source>
            <translation>[Ŕéçöŕđ ľéşş ţĥåñ ţĥé pöľîçý åľľöwş ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Resume recording</source>
            <translation>[Ŕéşûmé ŕéçöŕđîñğ ~~~~~]</translation>
        </message>
        <message>
            <source>Review captures…</source>
            <translation>[Ŕévîéw çåpţûŕéş… ~~~~~]</translation>
        </message>
        <message>
            <source>See everything captured; delete, flag, redact or approve it</source>
            <translation>[Şéé évéŕýţĥîñğ çåpţûŕéđ; đéľéţé, fľåğ, ŕéđåçţ öŕ åppŕövé îţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stops or restarts recording at once</source>
            <translation>[Şţöpş öŕ ŕéşţåŕţş ŕéçöŕđîñğ åţ öñçé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stops recording and closes Airlock</source>
            <translation>[Şţöpş ŕéçöŕđîñğ åñđ çľöşéş Åîŕľöçķ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The vault is not available: %1</source>
            <translation>[Ťĥé våûľţ îş ñöţ åvåîľåbľé: %1 ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What left my computer…</source>
            <translation>[Wĥåţ ľéfţ mý çömpûţéŕ… ~~~~~~~]</translation>
        </message>
        <message>
            <source>What your organisation's policy records, and your answer to it</source>
            <translation>[Wĥåţ ýöûŕ öŕğåñîşåţîöñ'ş pöľîçý ŕéçöŕđş, åñđ ýöûŕ åñşwéŕ ţö îţ ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>also paused</source>
            <translation>[åľşö påûşéđ ~~~]</translation>
        </message>
        <message>
            <source>also paused until %1</source>
            <translation>[åľşö påûşéđ ûñţîľ %1 ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>[%n ğåp(ş) ~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) ~~~~]</numerusform>
                </translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>[%n ţö ŕévîéw ~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Application</source>
            <translation>[Åppľîçåţîöñ ~~~]</translation>
        </message>
        <message>
            <source>Clicks</source>
            <translation>[Çľîçķş ~~]</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>[Ķéýş ~]</translation>
        </message>
        <message>
            <source>Keystrokes</source>
            <translation>[Ķéýşţŕöķéş ~~~]</translation>
        </message>
        <message>
            <source>Mouse clicks</source>
            <translation>[Möûşé çľîçķş ~~~~]</translation>
        </message>
        <message>
            <source>Not captured: %1 · %2</source>
            <translation>[Ñöţ çåpţûŕéđ: %1 · %2 ~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing captured %1: %2</source>
            <translation>[Ñöţĥîñğ çåpţûŕéđ %1: %2 ~~~~~~~]</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>[Ŕévîéw şţåţé ~~~~]</translation>
        </message>
        <message>
            <source>Screenshots</source>
            <translation>[Şçŕééñşĥöţş ~~~]</translation>
        </message>
        <message>
            <source>Shots</source>
            <translation>[Şĥöţş ~~]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Şţåţé ~~]</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>[Ťîmé ~]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Wĥéñ ~]</translation>
        </message>
        <message>
            <source>Window title</source>
            <translation>[Wîñđöw ţîţľé ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>%n segment(s) waiting for review</source>
            <translation>
                <numerusform>[%n şéğméñţ(ş) wåîţîñğ föŕ ŕévîéw ~~~~~~~~~~]</numerusform>
                </translation>
        </message>
        <message>
            <source>Airlock: %1</source>
            <translation>[Åîŕľöçķ: %1 ~~~]</translation>
        </message>
        <message>
            <source>Click to pause</source>
            <translation>[Çľîçķ ţö påûşé ~~~~]</translation>
        </message>
        <message>
            <source>Click to resume</source>
            <translation>[Çľîçķ ţö ŕéşûmé ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>TypedText</name>
        <message>
            <source>About this text</source>
            <translation>[Åböûţ ţĥîş ţéxţ ~~~~]</translation>
        </message>
        <message>
            <source>Keystrokes are not stored for this application.</source>
            <translation>[Ķéýşţŕöķéş åŕé ñöţ şţöŕéđ föŕ ţĥîş åppľîçåţîöñ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Keystrokes in this application are stored masked: characters show as •.</source>
            <translation>[Ķéýşţŕöķéş îñ ţĥîş åppľîçåţîöñ åŕé şţöŕéđ måşķéđ: çĥåŕåçţéŕş şĥöw åş •. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mask selected text</source>
            <translation>[Måşķ şéľéçţéđ ţéxţ ~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was typed in this segment.</source>
            <translation>[Ñöţĥîñğ wåş ţýpéđ îñ ţĥîş şéğméñţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only keystroke counts are stored for this application: there is no text.</source>
            <translation>[Öñľý ķéýşţŕöķé çöûñţş åŕé şţöŕéđ föŕ ţĥîş åppľîçåţîöñ: ţĥéŕé îş ñö ţéxţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Replace the selected characters with • in the vault, and the keystrokes that typed them (Ctrl+M). The original is not kept.</source>
            <translation>[Ŕépľåçé ţĥé şéľéçţéđ çĥåŕåçţéŕş wîţĥ • îñ ţĥé våûľţ, åñđ ţĥé ķéýşţŕöķéş ţĥåţ ţýpéđ ţĥém (Çţŕľ+M). Ťĥé öŕîğîñåľ îş ñöţ ķépţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Select text, then mask it to hide it for good.</source>
            <translation>[Şéľéçţ ţéxţ, ţĥéñ måşķ îţ ţö ĥîđé îţ föŕ ğööđ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The text reconstructed from the keystrokes of this segment. Select part of it to mask it.</source>
            <translation>[Ťĥé ţéxţ ŕéçöñşţŕûçţéđ fŕöm ţĥé ķéýşţŕöķéş öf ţĥîş şéğméñţ. Şéľéçţ påŕţ öf îţ ţö måşķ îţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Typed text</source>
            <translation>[Ťýpéđ ţéxţ ~~~]</translation>
        </message>
    </context>
</TS>