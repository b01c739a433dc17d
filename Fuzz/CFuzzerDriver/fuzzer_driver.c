// Only the declaration of fuzzer_driver.h is needed; SwiftPM wants a source file in a C target.
#include "fuzzer_driver.h"
