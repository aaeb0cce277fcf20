#!/bin/sh
# Remove Airlock from this Mac (run as root: sudo sh uninstall.sh, or from MDM).
# Leaves every user's vault and keychain item alone, and the organisation's policy in
# /Library/Application Support/Airlock (delete that folder yourself if the policy must go too).
# Each user removes their own data first with:  airlock forget-me --yes
set -u
AGENT_LABEL=org.airlock.Airlock
for uid in $(/usr/bin/dscl . -list /Users UniqueID | /usr/bin/awk '$2 >= 500 {print $2}'); do
    /bin/launchctl bootout "gui/$uid/$AGENT_LABEL" 2>/dev/null || true
done
/bin/rm -f "/Library/LaunchAgents/$AGENT_LABEL.plist"
/bin/rm -rf /Applications/Airlock.app
[ -L /usr/local/bin/airlock ] && /bin/rm -f /usr/local/bin/airlock
/usr/sbin/pkgutil --forget org.airlock.Airlock.pkg >/dev/null 2>&1 || true
echo "Airlock removed. Users' data was left in place (each user's own forget-me command removes it)."
