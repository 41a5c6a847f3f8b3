# Kineret patient assistant. `make run` and `make test` are all a newcomer needs;
# every target installs what it depends on first.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV    := .venv
PY      := $(VENV)/bin/python
RASA    := $(PY) -m tools.rasa_quiet
STAMP   := $(VENV)/.installed
SPACY   := build/spacy/en_kineret
MODEL   := models/kineret.tar.gz

# Quiet, private and offline: no TensorFlow banner, no telemetry calls home.
export TF_CPP_MIN_LOG_LEVEL := 3
export TF_ENABLE_ONEDNN_OPTS := 0
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export RASA_TELEMETRY_ENABLED := false
export LOG_LEVEL_LIBRARIES := ERROR
export PYTHONWARNINGS := ignore
export PYTHONDONTWRITEBYTECODE := 1

TRAINING_DATA := config.yml domain.yml $(wildcard data/nlu/*.yml data/rules/*.yml data/stories/*.yml)

.PHONY: help run train shell test test-fast eval safety knowledge-report clean freeze

help:
	@echo "make run    - install if needed, train if needed, start the assistant"
	@echo "make test   - install if needed, run every test (unit, data, conversations, servers)"
	@echo "make train | shell | eval | safety | knowledge-report | test-fast | clean"

$(STAMP): requirements.txt constraints.txt scripts/find_python.sh
	@PYTHON=$$(scripts/find_python.sh) || exit 1; \
	  echo "Creating $(VENV) with $$PYTHON"; \
	  rm -rf $(VENV) && "$$PYTHON" -m venv $(VENV)
	$(PY) -m pip install -qq --disable-pip-version-check "pip==23.2.1"
	$(PY) -m pip install -qq --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(PY) -m pip check
	@touch $@

# Our own spaCy pipeline, built from spaCy and spacy-lookups-data (no downloaded model).
$(SPACY)/meta.json: $(STAMP) bot/spacy_pipeline.py data/knowledge/vocabulary.yml
	$(PY) -m bot.spacy_pipeline build $(SPACY)

# Retrain only when the training data, config, domain, spaCy pipeline or our NLU component
# (with the normalisation and word list it reads) changed. Make decides, so Rasa is told to
# train (--force): its own cache does not see our code.
$(MODEL): $(STAMP) $(SPACY)/meta.json $(TRAINING_DATA) $(wildcard bot/nlu/*.py) bot/normalise.py bot/english.py
	$(PY) -m bot.knowledge check
	$(RASA) train --fixed-model-name kineret --out models --quiet --force

train: $(MODEL)

run: $(MODEL)
	$(PY) -m bot.launch

shell: $(MODEL)
	$(PY) -m bot.launch --shell

test: $(MODEL)
	$(RASA) data validate --quiet
	$(RASA) test core --stories tests/test_stories.yml --fail-on-prediction-errors --out var/results --quiet
	$(PY) -m pytest

test-fast: $(SPACY)/meta.json
	$(PY) -m pytest -m "not e2e and not browser"

# Both reports always run; the target fails afterwards if either missed its targets.
eval: $(MODEL)
	@status=0; $(PY) -m tools.evaluate_nlu --baseline || status=1; \
	  $(PY) -m tools.safety_report || status=1; exit $$status

safety: $(MODEL)
	$(PY) -m tools.safety_report

knowledge-report: $(STAMP)
	$(PY) -m tools.knowledge_report

# Rewrites constraints.txt from the current environment (after a deliberate upgrade).
freeze: $(STAMP)
	{ echo "# Full environment pinned from a tested install. Regenerate with 'make freeze'."; \
	  $(PY) -m pip freeze | grep -v '^-e'; } > constraints.txt

clean:
	rm -rf $(VENV) build models var .rasa .pytest_cache results
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
