# The two commands of the README. Each does all of its own set-up.
#   make demo   install dependencies, build (Release), ingest samples/, show results
#   make test   install dependencies, build, run every test through CTest
#   make install   the binary, man page and bash/zsh completions under PREFIX
#                  (default /usr/local; DESTDIR= for staging)

BUILD   ?= build
JOBS    ?= $(shell nproc)
DEMO_DB ?= demo.db
NG       = $(BUILD)/newsgraph
PREFIX  ?= /usr/local

.PHONY: all deps build demo test install clean

all: build

deps:
	@scripts/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo $(NG) $(DEMO_DB)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(DEMO_DB)
