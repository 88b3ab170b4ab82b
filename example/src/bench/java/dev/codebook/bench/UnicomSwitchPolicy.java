package dev.codebook.bench;

import dev.codebook.example.codes.ChinaUnicomCode;

/**
 * The dispatch a developer writes without Codebook's handler: a {@code switch} over the raw China
 * Unicom codes calling one method per code. The same three codes as {@link UnicomPolicy} get their
 * own answer; every other code goes to {@link #outcome}.
 */
final class UnicomSwitchPolicy {
  Object dispatch(int code, String detail) {
    switch (code) {
      case ChinaUnicomCode.SUCCESS_VALUE:
        return onSuccess(detail);
      case ChinaUnicomCode.PUBLIC_IP_INVALID_VALUE:
        return onPublicIpInvalid(detail);
      case ChinaUnicomCode.PRIVATE_IP_INVALID_VALUE:
        return onPrivateIpInvalid(detail);
      case ChinaUnicomCode.PARAM_ERROR_VALUE:
        return onParamError(detail);
      case ChinaUnicomCode.APP_KEY_MISMATCH_VALUE:
        return onAppKeyMismatch(detail);
      case ChinaUnicomCode.INSUFFICIENT_BALANCE_VALUE:
        return onInsufficientBalance(detail);
      case ChinaUnicomCode.NUMBER_RETRIEVAL_FAILED_VALUE:
        return onNumberRetrievalFailed(detail);
      case ChinaUnicomCode.CREDENTIAL_FAILED_VALUE:
        return onCredentialFailed(detail);
      case ChinaUnicomCode.AUTH_FAILED_VALUE:
        return onAuthFailed(detail);
      case ChinaUnicomCode.APP_ID_INVALID_VALUE:
        return onAppIdInvalid(detail);
      case ChinaUnicomCode.APP_INFO_ERROR_VALUE:
        return onAppInfoError(detail);
      case ChinaUnicomCode.SDK_INFO_ERROR_VALUE:
        return onSdkInfoError(detail);
      case ChinaUnicomCode.ACCESS_INFO_PARSE_ERROR_VALUE:
        return onAccessInfoParseError(detail);
      case ChinaUnicomCode.RATE_LIMIT_EXCEEDED_VALUE:
        return onRateLimitExceeded(detail);
      case ChinaUnicomCode.SYSTEM_BUSY_VALUE:
        return onSystemBusy(detail);
      case ChinaUnicomCode.INTERNAL_GATEWAY_ERROR_VALUE:
        return onInternalGatewayError(detail);
      case ChinaUnicomCode.INTERNAL_ROUTING_ERROR_VALUE:
        return onInternalRoutingError(detail);
      case ChinaUnicomCode.NO_PAYMENT_PERMISSION_VALUE:
        return onNoPaymentPermission(detail);
      case ChinaUnicomCode.PROVINCE_NOT_SUPPORTED_VALUE:
        return onProvinceNotSupported(detail);
      case ChinaUnicomCode.NUMBER_RETRIEVAL_UNAVAILABLE_VALUE:
        return onNumberRetrievalUnavailable(detail);
      case ChinaUnicomCode.FEATURE_NOT_SUPPORTED_VALUE:
        return onFeatureNotSupported(detail);
      case ChinaUnicomCode.NO_NETWORK_VALUE:
        return onNoNetwork(detail);
      case ChinaUnicomCode.NO_MOBILE_DATA_VALUE:
        return onNoMobileData(detail);
      case ChinaUnicomCode.API_KEY_EMPTY_VALUE:
        return onApiKeyEmpty(detail);
      case ChinaUnicomCode.TIMEOUT_VALUE:
        return onTimeout(detail);
      case ChinaUnicomCode.DECRYPTION_ERROR_VALUE:
        return onDecryptionError(detail);
      case ChinaUnicomCode.GENERAL_ERROR_VALUE:
        return onGeneralError(detail);
      case ChinaUnicomCode.AUTH_CODE_RATE_LIMITED_VALUE:
        return onAuthCodeRateLimited(detail);
      case ChinaUnicomCode.RESPONSE_FORMAT_ERROR_VALUE:
        return onResponseFormatError(detail);
      case ChinaUnicomCode.SERVER_DATA_INVALID_VALUE:
        return onServerDataInvalid(detail);
      case ChinaUnicomCode.REQUEST_TIMEOUT_VALUE:
        return onRequestTimeout(detail);
      case ChinaUnicomCode.TOKEN_FAILED_VALUE:
        return onTokenFailed(detail);
      case ChinaUnicomCode.RESPONSE_PARSE_ERROR_VALUE:
        return onResponseParseError(detail);
      case ChinaUnicomCode.CANNOT_SWITCH_TO_MOBILE_DATA_VALUE:
        return onCannotSwitchToMobileData(detail);
      case ChinaUnicomCode.MOBILE_DATA_DISABLED_VALUE:
        return onMobileDataDisabled(detail);
      case ChinaUnicomCode.NETWORK_CHECK_ERROR_VALUE:
        return onNetworkCheckError(detail);
      case ChinaUnicomCode.PREFETCH_EXPIRED_VALUE:
        return onPrefetchExpired(detail);
      case ChinaUnicomCode.HTTP_STATUS_UNEXPECTED_VALUE:
        return onHttpStatusUnexpected(detail);
      case ChinaUnicomCode.HTTPS_COMM_ERROR_VALUE:
        return onHttpsCommError(detail);
      case ChinaUnicomCode.EMPTY_RESPONSE_BODY_VALUE:
        return onEmptyResponseBody(detail);
      case ChinaUnicomCode.REDIRECT_URL_ERROR_VALUE:
        return onRedirectUrlError(detail);
      case ChinaUnicomCode.INIT_FAILED_OR_TOO_FREQUENT_VALUE:
        return onInitFailedOrTooFrequent(detail);
      case ChinaUnicomCode.HTTP_COMM_ERROR_VALUE:
        return onHttpCommError(detail);
      default:
        return onUnknown(Integer.toString(code), detail);
    }
  }

  Object outcome(ChinaUnicomCode code, String detail) {
    return code;
  }

  Object onUnknown(String rawCode, String detail) {
    return rawCode;
  }

  private Object onSuccess(String detail) {
    return outcome(ChinaUnicomCode.SUCCESS, detail);
  }

  private Object onPublicIpInvalid(String detail) {
    return outcome(ChinaUnicomCode.PUBLIC_IP_INVALID, detail);
  }

  private Object onPrivateIpInvalid(String detail) {
    return outcome(ChinaUnicomCode.PRIVATE_IP_INVALID, detail);
  }

  private Object onParamError(String detail) {
    return outcome(ChinaUnicomCode.PARAM_ERROR, detail);
  }

  private Object onAppKeyMismatch(String detail) {
    return outcome(ChinaUnicomCode.APP_KEY_MISMATCH, detail);
  }

  private Object onInsufficientBalance(String detail) {
    return outcome(ChinaUnicomCode.INSUFFICIENT_BALANCE, detail);
  }

  private Object onNumberRetrievalFailed(String detail) {
    return outcome(ChinaUnicomCode.NUMBER_RETRIEVAL_FAILED, detail);
  }

  private Object onCredentialFailed(String detail) {
    return outcome(ChinaUnicomCode.CREDENTIAL_FAILED, detail);
  }

  private Object onAuthFailed(String detail) {
    return outcome(ChinaUnicomCode.AUTH_FAILED, detail);
  }

  private Object onAppIdInvalid(String detail) {
    return outcome(ChinaUnicomCode.APP_ID_INVALID, detail);
  }

  private Object onAppInfoError(String detail) {
    return outcome(ChinaUnicomCode.APP_INFO_ERROR, detail);
  }

  private Object onSdkInfoError(String detail) {
    return outcome(ChinaUnicomCode.SDK_INFO_ERROR, detail);
  }

  private Object onAccessInfoParseError(String detail) {
    return outcome(ChinaUnicomCode.ACCESS_INFO_PARSE_ERROR, detail);
  }

  private Object onRateLimitExceeded(String detail) {
    return outcome(ChinaUnicomCode.RATE_LIMIT_EXCEEDED, detail);
  }

  private Object onSystemBusy(String detail) {
    return outcome(ChinaUnicomCode.SYSTEM_BUSY, detail);
  }

  private Object onInternalGatewayError(String detail) {
    return outcome(ChinaUnicomCode.INTERNAL_GATEWAY_ERROR, detail);
  }

  private Object onInternalRoutingError(String detail) {
    return outcome(ChinaUnicomCode.INTERNAL_ROUTING_ERROR, detail);
  }

  private Object onNoPaymentPermission(String detail) {
    return outcome(ChinaUnicomCode.NO_PAYMENT_PERMISSION, detail);
  }

  private Object onProvinceNotSupported(String detail) {
    return outcome(ChinaUnicomCode.PROVINCE_NOT_SUPPORTED, detail);
  }

  private Object onNumberRetrievalUnavailable(String detail) {
    return outcome(ChinaUnicomCode.NUMBER_RETRIEVAL_UNAVAILABLE, detail);
  }

  private Object onFeatureNotSupported(String detail) {
    return outcome(ChinaUnicomCode.FEATURE_NOT_SUPPORTED, detail);
  }

  private Object onNoNetwork(String detail) {
    return UnicomPolicy.SMS;
  }

  private Object onNoMobileData(String detail) {
    return outcome(ChinaUnicomCode.NO_MOBILE_DATA, detail);
  }

  private Object onApiKeyEmpty(String detail) {
    return outcome(ChinaUnicomCode.API_KEY_EMPTY, detail);
  }

  private Object onTimeout(String detail) {
    return UnicomPolicy.RETRY;
  }

  private Object onDecryptionError(String detail) {
    return outcome(ChinaUnicomCode.DECRYPTION_ERROR, detail);
  }

  private Object onGeneralError(String detail) {
    return outcome(ChinaUnicomCode.GENERAL_ERROR, detail);
  }

  private Object onAuthCodeRateLimited(String detail) {
    return outcome(ChinaUnicomCode.AUTH_CODE_RATE_LIMITED, detail);
  }

  private Object onResponseFormatError(String detail) {
    return outcome(ChinaUnicomCode.RESPONSE_FORMAT_ERROR, detail);
  }

  private Object onServerDataInvalid(String detail) {
    return outcome(ChinaUnicomCode.SERVER_DATA_INVALID, detail);
  }

  private Object onRequestTimeout(String detail) {
    return UnicomPolicy.RETRY;
  }

  private Object onTokenFailed(String detail) {
    return outcome(ChinaUnicomCode.TOKEN_FAILED, detail);
  }

  private Object onResponseParseError(String detail) {
    return outcome(ChinaUnicomCode.RESPONSE_PARSE_ERROR, detail);
  }

  private Object onCannotSwitchToMobileData(String detail) {
    return outcome(ChinaUnicomCode.CANNOT_SWITCH_TO_MOBILE_DATA, detail);
  }

  private Object onMobileDataDisabled(String detail) {
    return outcome(ChinaUnicomCode.MOBILE_DATA_DISABLED, detail);
  }

  private Object onNetworkCheckError(String detail) {
    return outcome(ChinaUnicomCode.NETWORK_CHECK_ERROR, detail);
  }

  private Object onPrefetchExpired(String detail) {
    return outcome(ChinaUnicomCode.PREFETCH_EXPIRED, detail);
  }

  private Object onHttpStatusUnexpected(String detail) {
    return outcome(ChinaUnicomCode.HTTP_STATUS_UNEXPECTED, detail);
  }

  private Object onHttpsCommError(String detail) {
    return outcome(ChinaUnicomCode.HTTPS_COMM_ERROR, detail);
  }

  private Object onEmptyResponseBody(String detail) {
    return outcome(ChinaUnicomCode.EMPTY_RESPONSE_BODY, detail);
  }

  private Object onRedirectUrlError(String detail) {
    return outcome(ChinaUnicomCode.REDIRECT_URL_ERROR, detail);
  }

  private Object onInitFailedOrTooFrequent(String detail) {
    return outcome(ChinaUnicomCode.INIT_FAILED_OR_TOO_FREQUENT, detail);
  }

  private Object onHttpCommError(String detail) {
    return outcome(ChinaUnicomCode.HTTP_COMM_ERROR, detail);
  }
}
