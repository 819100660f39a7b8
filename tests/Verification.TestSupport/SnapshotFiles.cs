namespace Verification.TestSupport;

/// <summary>The approved file a snapshot is compared with, and where a mismatch is written.</summary>
public sealed record SnapshotFiles(string Approved, string Received);
