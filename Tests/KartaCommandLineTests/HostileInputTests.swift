import Foundation
import Testing

@testable import KartaCommandLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Inputs that must end in a clear error instead of a hang, a crash or a destroyed file.
@Suite struct HostileInputTests {
  static let plan = repository.appendingPathComponent("Rules/sayansk.plan").path

  @Test func aNamedPipeIsRefusedNotWaitedOn() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let pipe = directory.appendingPathComponent("status.json").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let check = karta("check", Self.plan, pipe, "--as-of", "2024-03-04")
    #expect(check.code == 2)
    #expect(check.error.contains("it is not a regular file"))
    let folder = karta("check", Self.plan, directory.path, "--as-of", "2024-03-04")
    #expect(folder.code == 2, "a pipe inside a status folder too")
    let planPipe = directory.appendingPathComponent("p.plan").path
    #expect(mkfifo(planPipe, 0o600) == 0)
    let lint = karta("lint", planPipe)
    #expect(lint.code == 2)
    #expect(lint.error.contains("\(planPipe): error[file.unreadable]") || lint.out.contains("error[file.unreadable]"))
    let verifyPipe = directory.appendingPathComponent("t.verify").path
    #expect(mkfifo(verifyPipe, 0o600) == 0)
    #expect(karta("verify", verifyPipe).code == 2)
  }

  @Test func aReportIsNeverWrittenOverAnInput() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let status = directory.appendingPathComponent("uo.json")
    try FileManager.default.copyItem(
      at: repository.appendingPathComponent("Examples/sayansk/uo.json"), to: status)
    let before = try Data(contentsOf: status)
    let spelled = directory.path + "/./uo.json"
    let check = karta("check", Self.plan, status.path, "--as-of", "2024-03-04", "-o", spelled)
    #expect(check.code == 2)
    #expect(check.error.contains("would overwrite the input"))
    #expect(try Data(contentsOf: status) == before)
    let copy = directory.appendingPathComponent("a.plan")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.plan), to: copy)
    let link = directory.appendingPathComponent("link.plan").path
    #expect(symlink(copy.path, link) == 0)
    #expect(karta("lint", copy.path, "-o", link).code == 2, "through a symbolic link too")
    #expect(try Data(contentsOf: copy) == Data(contentsOf: URL(fileURLWithPath: Self.plan)))
  }

  @Test func aReportIsNeverWrittenOverAPlanAFolderInputOrADevice() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = directory.appendingPathComponent("status")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let status = folder.appendingPathComponent("uo.json")
    try FileManager.default.copyItem(at: repository.appendingPathComponent("Examples/sayansk/uo.json"), to: status)
    let before = try Data(contentsOf: status)
    let intoFolder = karta("check", Self.plan, folder.path, "--as-of", "2024-03-04", "-o", status.path)
    #expect(intoFolder.code == 2)
    #expect(intoFolder.error.contains("is a status file in the input folder"))
    #expect(try Data(contentsOf: status) == before)
    let newJSON = folder.appendingPathComponent("report.json").path
    #expect(karta("check", Self.plan, folder.path, "--as-of", "2024-03-04", "-o", newJSON, "--format", "json").code == 2)
    // A report kept beside the status files, as Examples/ keeps report.txt, is fine, run after run.
    let beside = folder.appendingPathComponent("report.txt").path
    for _ in 1...2 { #expect(karta("check", Self.plan, folder.path, "--as-of", "2024-03-04", "-o", beside).code == 1) }
    let included = directory.appendingPathComponent("schools.plan")
    try Data("party X: X\n".utf8).write(to: included)
    #expect(karta("lint", Self.plan, "-o", included.path).code == 2, "an included plan is not among the arguments")
    #expect(try String(contentsOf: included, encoding: .utf8) == "party X: X\n")
    let pipe = directory.appendingPathComponent("out").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let device = karta("lint", Self.plan, "-o", pipe)
    #expect(device.code == 2)
    #expect(device.error.contains("is not a regular file"))
    var information = stat()
    #expect(stat(pipe, &information) == 0 && (information.st_mode & S_IFMT) == S_IFIFO, "the pipe is still a pipe")
  }
}
