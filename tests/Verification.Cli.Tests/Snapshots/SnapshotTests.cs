using Verification.TestSupport;

namespace Verification.Cli.Tests.Snapshots;

/// <summary>The snapshot helper itself, on files in a temporary folder with explicit settings.</summary>
public sealed class SnapshotTests : IDisposable
{
    private static readonly SnapshotSettings Developer = new(Update: false, ContinuousIntegration: false);
    private static readonly SnapshotSettings Ci = new(Update: false, ContinuousIntegration: true);
    private static readonly SnapshotSettings Updating = new(Update: true, ContinuousIntegration: true);

    private readonly string _folder = Directory.CreateTempSubdirectory("snapshots-").FullName;

    private SnapshotFiles Files => new(Path.Combine(_folder, "t.approved.txt"), Path.Combine(_folder, "t.received.txt"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AMatchPassesAndIgnoresLineEndings()
    {
        File.WriteAllText(Files.Approved, "a\r\nb\r\n");

        Snapshot.Match("a\nb\n", Files, Ci);

        Assert.False(File.Exists(Files.Received));
    }

    [Fact]
    public void AMismatchWritesTheReceivedFileAndFailsWithADiff()
    {
        File.WriteAllText(Files.Approved, "one\ntwo\nthree\n");

        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("one\n2\nthree\n", Files, Developer));

        Assert.Contains("- ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("      two", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+    2: 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("UPDATE_SNAPSHOTS=1", failure.Message, StringComparison.Ordinal);
        Assert.Equal("one\n2\nthree\n", File.ReadAllText(Files.Received));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(Files.Approved));
    }

    [Fact]
    public void UpdateAcceptsTheReceivedText()
    {
        File.WriteAllText(Files.Approved, "old\n");
        File.WriteAllText(Files.Received, "stale\n");

        Snapshot.Match("new\n", Files, Updating);

        Assert.Equal("new\n", File.ReadAllText(Files.Approved));
        Assert.False(File.Exists(Files.Received));
    }

    [Fact]
    public void AMissingSnapshotIsCreatedOnADevelopersMachine()
    {
        Snapshot.Match("first\n", Files, Developer);

        Assert.Equal("first\n", File.ReadAllText(Files.Approved));
    }

    [Fact]
    public void AMissingSnapshotFailsInCiAndIsNotCreated()
    {
        var failure = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("first\n", Files, Ci));

        Assert.Contains("CI never creates one", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Files.Approved));
        Assert.Equal("first\n", File.ReadAllText(Files.Received));
    }

    [Fact]
    public void TheDiffShowsOnlyTheChangeWithThreeLinesOfContext()
    {
        var approved = string.Join('\n', Enumerable.Range(1, 20)) + "\n";
        var received = approved.Replace("\n10\n", "\nten\n", StringComparison.Ordinal);

        var diff = ReadableDiff.Between(approved, received);

        Assert.Equal(
            "     7: 7\n     8: 8\n     9: 9\n-       10\n+   10: ten\n    11: 11\n    12: 12\n    13: 13\n",
            diff.ReplaceLineEndings("\n"));
    }
}
