#ifndef NEWSCONV_CCMARK_SHIM_H
#define NEWSCONV_CCMARK_SHIM_H
#include <cmark.h>
#endif
