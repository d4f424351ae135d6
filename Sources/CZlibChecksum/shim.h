// zlib's CRC-32, for the checksums of workbook parts: several times faster than ZIPFoundation's
// byte-at-a-time table on Linux, where it is what a million-row sheet spent an eighth of its time in.
#include <zlib.h>
