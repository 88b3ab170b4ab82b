package dev.codebook.bench;

import dev.codebook.example.codes.ChinaUnicomCode;

/**
 * What a developer writes without Codebook: a {@code switch} over the China Unicom codes. javac makes
 * it a {@code lookupswitch} (the values are sparse), which the JIT turns into a binary search.
 */
final class UnicomSwitch {
  private UnicomSwitch() {}

  static ChinaUnicomCode forCode(int code) {
    switch (code) {
      case ChinaUnicomCode.SUCCESS_VALUE:
        return ChinaUnicomCode.SUCCESS;
      case ChinaUnicomCode.PUBLIC_IP_INVALID_VALUE:
        return ChinaUnicomCode.PUBLIC_IP_INVALID;
      case ChinaUnicomCode.PRIVATE_IP_INVALID_VALUE:
        return ChinaUnicomCode.PRIVATE_IP_INVALID;
      case ChinaUnicomCode.PARAM_ERROR_VALUE:
        return ChinaUnicomCode.PARAM_ERROR;
      case ChinaUnicomCode.APP_KEY_MISMATCH_VALUE:
        return ChinaUnicomCode.APP_KEY_MISMATCH;
      case ChinaUnicomCode.INSUFFICIENT_BALANCE_VALUE:
        return ChinaUnicomCode.INSUFFICIENT_BALANCE;
      case ChinaUnicomCode.NUMBER_RETRIEVAL_FAILED_VALUE:
        return ChinaUnicomCode.NUMBER_RETRIEVAL_FAILED;
      case ChinaUnicomCode.CREDENTIAL_FAILED_VALUE:
        return ChinaUnicomCode.CREDENTIAL_FAILED;
      case ChinaUnicomCode.AUTH_FAILED_VALUE:
        return ChinaUnicomCode.AUTH_FAILED;
      case ChinaUnicomCode.APP_ID_INVALID_VALUE:
        return ChinaUnicomCode.APP_ID_INVALID;
      case ChinaUnicomCode.APP_INFO_ERROR_VALUE:
        return ChinaUnicomCode.APP_INFO_ERROR;
      case ChinaUnicomCode.SDK_INFO_ERROR_VALUE:
        return ChinaUnicomCode.SDK_INFO_ERROR;
      case ChinaUnicomCode.ACCESS_INFO_PARSE_ERROR_VALUE:
        return ChinaUnicomCode.ACCESS_INFO_PARSE_ERROR;
      case ChinaUnicomCode.RATE_LIMIT_EXCEEDED_VALUE:
        return ChinaUnicomCode.RATE_LIMIT_EXCEEDED;
      case ChinaUnicomCode.SYSTEM_BUSY_VALUE:
        return ChinaUnicomCode.SYSTEM_BUSY;
      case ChinaUnicomCode.INTERNAL_GATEWAY_ERROR_VALUE:
        return ChinaUnicomCode.INTERNAL_GATEWAY_ERROR;
      case ChinaUnicomCode.INTERNAL_ROUTING_ERROR_VALUE:
        return ChinaUnicomCode.INTERNAL_ROUTING_ERROR;
      case ChinaUnicomCode.NO_PAYMENT_PERMISSION_VALUE:
        return ChinaUnicomCode.NO_PAYMENT_PERMISSION;
      case ChinaUnicomCode.PROVINCE_NOT_SUPPORTED_VALUE:
        return ChinaUnicomCode.PROVINCE_NOT_SUPPORTED;
      case ChinaUnicomCode.NUMBER_RETRIEVAL_UNAVAILABLE_VALUE:
        return ChinaUnicomCode.NUMBER_RETRIEVAL_UNAVAILABLE;
      case ChinaUnicomCode.FEATURE_NOT_SUPPORTED_VALUE:
        return ChinaUnicomCode.FEATURE_NOT_SUPPORTED;
      case ChinaUnicomCode.NO_NETWORK_VALUE:
        return ChinaUnicomCode.NO_NETWORK;
      case ChinaUnicomCode.NO_MOBILE_DATA_VALUE:
        return ChinaUnicomCode.NO_MOBILE_DATA;
      case ChinaUnicomCode.API_KEY_EMPTY_VALUE:
        return ChinaUnicomCode.API_KEY_EMPTY;
      case ChinaUnicomCode.TIMEOUT_VALUE:
        return ChinaUnicomCode.TIMEOUT;
      case ChinaUnicomCode.DECRYPTION_ERROR_VALUE:
        return ChinaUnicomCode.DECRYPTION_ERROR;
      case ChinaUnicomCode.GENERAL_ERROR_VALUE:
        return ChinaUnicomCode.GENERAL_ERROR;
      case ChinaUnicomCode.AUTH_CODE_RATE_LIMITED_VALUE:
        return ChinaUnicomCode.AUTH_CODE_RATE_LIMITED;
      case ChinaUnicomCode.RESPONSE_FORMAT_ERROR_VALUE:
        return ChinaUnicomCode.RESPONSE_FORMAT_ERROR;
      case ChinaUnicomCode.SERVER_DATA_INVALID_VALUE:
        return ChinaUnicomCode.SERVER_DATA_INVALID;
      case ChinaUnicomCode.REQUEST_TIMEOUT_VALUE:
        return ChinaUnicomCode.REQUEST_TIMEOUT;
      case ChinaUnicomCode.TOKEN_FAILED_VALUE:
        return ChinaUnicomCode.TOKEN_FAILED;
      case ChinaUnicomCode.RESPONSE_PARSE_ERROR_VALUE:
        return ChinaUnicomCode.RESPONSE_PARSE_ERROR;
      case ChinaUnicomCode.CANNOT_SWITCH_TO_MOBILE_DATA_VALUE:
        return ChinaUnicomCode.CANNOT_SWITCH_TO_MOBILE_DATA;
      case ChinaUnicomCode.MOBILE_DATA_DISABLED_VALUE:
        return ChinaUnicomCode.MOBILE_DATA_DISABLED;
      case ChinaUnicomCode.NETWORK_CHECK_ERROR_VALUE:
        return ChinaUnicomCode.NETWORK_CHECK_ERROR;
      case ChinaUnicomCode.PREFETCH_EXPIRED_VALUE:
        return ChinaUnicomCode.PREFETCH_EXPIRED;
      case ChinaUnicomCode.HTTP_STATUS_UNEXPECTED_VALUE:
        return ChinaUnicomCode.HTTP_STATUS_UNEXPECTED;
      case ChinaUnicomCode.HTTPS_COMM_ERROR_VALUE:
        return ChinaUnicomCode.HTTPS_COMM_ERROR;
      case ChinaUnicomCode.EMPTY_RESPONSE_BODY_VALUE:
        return ChinaUnicomCode.EMPTY_RESPONSE_BODY;
      case ChinaUnicomCode.REDIRECT_URL_ERROR_VALUE:
        return ChinaUnicomCode.REDIRECT_URL_ERROR;
      case ChinaUnicomCode.INIT_FAILED_OR_TOO_FREQUENT_VALUE:
        return ChinaUnicomCode.INIT_FAILED_OR_TOO_FREQUENT;
      case ChinaUnicomCode.HTTP_COMM_ERROR_VALUE:
        return ChinaUnicomCode.HTTP_COMM_ERROR;
      default:
        return null;
    }
  }
}
