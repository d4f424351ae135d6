// The part of libcurl's easy interface that `portrait update` uses. curl_easy_setopt and
// curl_easy_getinfo take variable arguments, which Swift cannot call: these typed wrappers can.
#ifndef PORTRAIT_CCURL_SHIM_H
#define PORTRAIT_CCURL_SHIM_H

#include <curl/curl.h>

typedef size_t (*portrait_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*portrait_curl_progress_callback)(void *context, curl_off_t total, curl_off_t now,
                                               curl_off_t upload_total, curl_off_t upload_now);

static inline CURLcode portrait_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode portrait_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode portrait_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode portrait_curl_set_headers(CURL *handle, struct curl_slist *headers) {
    return curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
}

static inline CURLcode portrait_curl_set_write(CURL *handle, portrait_curl_data_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, callback);
}

static inline CURLcode portrait_curl_set_header_callback(CURL *handle, portrait_curl_data_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, callback);
}

static inline CURLcode portrait_curl_set_progress(CURL *handle, portrait_curl_progress_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline long portrait_curl_response_code(CURL *handle) {
    long code = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

static inline curl_off_t portrait_curl_content_length(CURL *handle) {
    curl_off_t length = -1;
    curl_easy_getinfo(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    return length;
}

#endif
