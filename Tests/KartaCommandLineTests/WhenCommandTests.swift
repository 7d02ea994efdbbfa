import Foundation
import Testing

@testable import KartaCommandLine

@Suite struct WhenCommandTests {
  @Test func jsonFollowsTheDesignContract() throws {
    let result = karta("when", "март-апрель 2024 года", "--period", "2024", "--format", "json")
    #expect(result.code == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["phrase"] as? String == "март-апрель 2024 года")
    #expect(object["kind"] as? String == "window")
    let windows = try #require(object["windows"] as? [[String: Any]])
    #expect(windows.count == 1)
    #expect(windows[0]["start"] as? String == "2024-03-01")
    #expect(windows[0]["due"] as? String == "2024-04-30")
    // 28–30 April 2024 are days off; Saturday 27 April a working day (the preceding working day).
    #expect(windows[0]["effective_due"] as? String == "2024-04-27")
    #expect(windows[0].keys.contains("label"))
    #expect(windows[0]["label"] is NSNull)
  }

  @Test func textExplainsTheReadingInASentence() {
    let result = karta("when", "Ноябрь- февраль 2024 года", "--period", "2023/2024")
    #expect(result.code == 0)
    #expect(result.out.contains("window: One window: 01.11.2023–29.02.2024."))
  }

  @Test func anUnreadablePhraseExitsOne() {
    let result = karta("when", "31.02.2024", "--format", "json")
    #expect(result.code == 1)
    #expect(result.out.contains("\"kind\":\"unknown\""))
  }

  @Test(arguments: [
    ["when"], ["when", "март", "--period", "весь год"], ["when", "март", "--approved", "31.02.2024"],
    ["when", "март", "--timezone", "Mars/Olympus"],
  ])
  func badUsageExitsTwo(_ arguments: [String]) {
    let captured = CapturedConsole()
    #expect(Karta.run(arguments, console: captured.console) == 2)
    #expect(!captured.error.isEmpty)
  }
}
