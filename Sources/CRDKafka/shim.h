// The C module: librdkafka's public API and its (experimental) mock cluster, used by
// the tests' fault injection. Found through pkg-config (`rdkafka`), which points at the
// /usr/local build that ops/setup.sh makes when the distribution's copy is too old.
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
