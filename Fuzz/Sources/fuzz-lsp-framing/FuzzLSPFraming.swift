import FuzzSupport
import KartaLSP

/// The language server's message reader over a byte stream: fed whole, then in pieces whose sizes
/// come from the input; both ways must give the same messages. A small body limit (4 KiB) makes the
/// too-long path reachable.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLSPFraming(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = bytes(data, size)
  var whole = MessageReader(maximumContentLength: 4096)
  let all = whole.feed(input)
  var pieces = MessageReader(maximumContentLength: 4096)
  var events: [MessageReader.Event] = []
  var start = 0
  while start < input.count {
    let length = 1 + Int(input[start] % 17)
    let end = min(input.count, start + length)
    events += pieces.feed(input[start..<end])
    start = end
  }
  let wholeMessages = all.filter { if case .message = $0 { true } else { false } }
  let pieceMessages = events.filter { if case .message = $0 { true } else { false } }
  guard wholeMessages == pieceMessages else {
    fatalError("feeding in pieces gave other messages (\(pieceMessages.count) vs \(wholeMessages.count))")
  }
  return 0
}

@_cdecl("fuzz_lsp_framing_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzLSPFraming)
}
