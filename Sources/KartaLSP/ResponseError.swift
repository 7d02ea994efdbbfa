/// A JSON-RPC error answer: a code the protocol defines and a message for the author.
public struct ResponseError: Error, Hashable, Sendable {
  /// The numeric code.
  public var code: Int
  /// What went wrong, for people.
  public var message: String

  /// Creates an error answer.
  public init(_ code: Int, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The message is not JSON.
  public static let parseError = -32700
  /// The JSON is not a request, a notification or a response.
  public static let invalidRequest = -32600
  /// The server has no such method.
  public static let methodNotFound = -32601
  /// The parameters do not have the shape the method needs.
  public static let invalidParams = -32602
  /// The server failed on its own account.
  public static let internalError = -32603
  /// A request came before `initialize`.
  public static let serverNotInitialized = -32002
  /// The request was understood but cannot be carried out (fmt refuses, a rename is not an id).
  public static let requestFailed = -32803

  /// Parameters that lack something the method needs.
  static func invalidParams(_ message: String) -> ResponseError { ResponseError(invalidParams, message) }

  /// A request that cannot be carried out, with the reason.
  static func requestFailed(_ message: String) -> ResponseError { ResponseError(requestFailed, message) }

  /// The JSON of the `error` member.
  var json: JSONValue { ["code": .integer(code), "message": .string(message)] }
}
