// English texts of main's Orders API errors (src/main/api): the station's own framing; the API's own words
// arrive as {{apiMessage}} and stay as the API said them. Merged into en.ts.

export const enErrorsApi = {
  apiErrors: {
    subject: {
      any: 'The order',
      list: 'The order list',
      order: 'Order {{code}}',
      orderId: 'Order #{{id}}',
    },
    service: { api: 'Orders API', labelServer: 'label server' },
    why: {
      dns: 'the server name could not be found (DNS)',
      dnsLookup: 'the server name could not be looked up (DNS)',
      refused: 'the connection was refused',
      cut: 'the connection was cut',
      closed: 'the connection was closed',
      network: 'the network is unreachable',
      host: 'the server is unreachable',
      tls: 'the secure connection failed ({{code}})',
      other: 'the connection failed ({{code}})',
    },
    authKey: 'The Orders API refused the API key (401).',
    authTenant: 'The Orders API refused the tenant ID for this API key (403).',
    notFound: '$t(apiErrors.subject.{{subject}}) is not known to the API.',
    conflict: '$t(apiErrors.subject.{{subject}}) is not in a status that allows this step.',
    conflictSaid:
      '$t(apiErrors.subject.{{subject}}) is not in a status that allows this step. The API said: "{{apiMessage}}".',
    conflictNow: 'Order {{code}} is $t(status.{{status}}) now; this step is not allowed from there.',
    rejectedFields: 'The Orders API rejected the request ({{fields}}).',
    rejected: 'The Orders API rejected the request.',
    rejectedSaid: 'The Orders API rejected the request. The API said: "{{apiMessage}}".',
    busy: 'The Orders API is busy (too many requests). Try again in a moment.',
    server: 'The Orders API had a problem on its side (HTTP {{status}}).',
    unexpected: 'The Orders API answered with an unexpected HTTP {{status}}.',
    unexpectedSaid:
      'The Orders API answered with an unexpected HTTP {{status}}. The API said: "{{apiMessage}}".',
    unreadable: 'The Orders API sent an answer the station cannot read: {{what}}.',
    timeout: 'The $t(apiErrors.service.{{service}}) did not answer within {{seconds}} s.',
    timeoutConnect: 'The $t(apiErrors.service.{{service}}) could not be reached within {{seconds}} s.',
    network: 'Cannot reach the $t(apiErrors.service.{{service}}): $t(apiErrors.why.{{why}}).',
    cancelled: 'The request to the $t(apiErrors.service.{{service}}) was cancelled.',
    badQuery: 'The order list query is not valid: {{issues}}.',
    badOrderId: 'Order id {{id}} is not a valid order id.',
    badAddress:
      'The Orders API address "{{address}}" is not usable: $t(apiErrors.badAddressWhy.{{why}}). Use https://host[:port].',
    badAddressWhy: {
      notUrl: 'it is not a web address',
      notHttp: 'only http(s) works',
      plainHttp:
        'plain http:// is only allowed for this computer (localhost, 127.0.0.1, ::1): the API key would cross the network unencrypted',
      credentials: 'it must not contain a user name or password',
      query: 'it must not contain ? or #',
      path: 'the path must be empty or {{prefix}}',
    },
    keyElsewhere: 'The station refused to send the API key to another address.',
    /** The action of each kind when the message gives none of its own (ApiError's default). */
    action: {
      network: 'Check the network cable or Wi-Fi, then try again.',
      timeout: 'Try again. If it keeps happening, tell a supervisor.',
      auth: 'Check the API key in Settings, or ask a supervisor.',
      auth_tenant: 'Check the tenant ID in Settings, or ask a supervisor.',
      not_found: 'Check the order code on the box, then scan again.',
      conflict: 'Put the box aside and ask a supervisor.',
      validation: 'Correct the marked fields and try again.',
      server: 'Wait a moment and try again.',
      bad_response: 'Try again. If it keeps happening, tell a supervisor and give them the request id.',
      label: 'Fetch the label again. If it keeps happening, tell a supervisor.',
    },
    label: {
      notUrl: 'The label address from the API is not a web address.',
      notHttp: 'The label address from the API is not http(s); the station will not open it.',
      password: 'The label address carries a password; refused.',
      hopRefused: 'Downloading the label: {{why}}. Refused; nothing was fetched from it.',
      server: 'The label server had a problem on its side (HTTP {{status}}).',
      status: 'The label server answered HTTP {{status}} instead of the label.',
      tooLarge: 'The label is larger than {{mib}} MiB; refused.',
      notSaved: 'The label could not be saved on this computer ({{why}}).',
      notPdf: 'The label file is not a PDF; it was not saved.',
      empty: 'The label file is empty or cut short.',
    },
  },
};
