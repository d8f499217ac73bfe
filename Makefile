# Every target creates .venv itself: on a fresh machine `make demo` and `make test` just work.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: demo test e2e bench blind examples clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch first (a local wheel here); a plain `torch` would pull CUDA.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf out/demo-index
	$(BIN)/verifier index add examples/report.pdf --index out/demo-index \
		--title "Best Value Inspection of the London Borough of Eastmarsh" --alias "BVI report"
	$(BIN)/verifier index add examples/letter.pdf --index out/demo-index \
		--title "Letter from the Secretary of State to the Chief Executive, 12 November 2024" \
		--alias "Letter from SoS to CEX 12/11/24"
	@# Exit status 1 means some quotations need attention, which the sample motion's do.
	$(BIN)/verifier check examples/motion.txt --index out/demo-index || test $$? -eq 1

# The suite without the long end-to-end runs, on two workers (pytest-xdist): 3 min 30 s on a
# two-core machine from a fresh clone, 4 min 33 s in one process. Two, not one a core: each
# worker loads the model.
test: $(STAMP)
	$(BIN)/python -m pytest -q -m "not e2e" -n 2

# The long end-to-end runs: batch on worker processes and on a Dask cluster, Ctrl-C mid-run,
# the web app in headless Chromium. `.ci/run` runs them after `make test`.
e2e: $(STAMP)
	$(BIN)/python -m pytest -q -m e2e

# The blind corpus, both halves, written to docs/blind.md (needs ../shared/eval-kit).
blind: $(STAMP)
	$(BIN)/python bench/blind.py

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache
