# Reliability drills (issue 10). Their quick setting runs in every `make test`; `make drills` runs
# the full setting (10x the cycles, runs and fuzz examples; about half an hour on 2 cores) and
# prints each drill's counts ("[drill] ..." lines). The full setting adds the two-hour memory soak
# (tests/drills/test_memory_soak.py; AIRLOCK_SOAK_MINUTES=… to shorten it by hand).
# Include from the Makefile: -include tests/drills/drills.mk
DRILLS_ARGS ?=

.PHONY: drills lake-drills

drills: system-deps-test venv
	AIRLOCK_DRILLS=full $(PY) -m pytest -s -p no:cacheprovider -o faulthandler_timeout=0 --timeout=7200 \
		tests/drills $(DRILLS_ARGS)

# The lake drills alone, full setting: 200 devices / 2,000 bundles with two collectors at once,
# 50 SIGKILLs, 20 withdrawals and a scan of every object in the lake bucket (SeaweedFS).
lake-drills: system-deps-test venv
	AIRLOCK_DRILLS=full $(PY) -m pytest -s -p no:cacheprovider -o faulthandler_timeout=0 --timeout=7200 \
		tests/drills/test_lake_drill.py $(DRILLS_ARGS)
