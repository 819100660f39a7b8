using Verification.TestSupport;

namespace Verification.Cli.Tests;

/// <summary>The explanations of a fixture file in every format, pinned (UPDATE_SNAPSHOTS=1 accepts a change).</summary>
public sealed class ExplainSnapshotTests
{
    [Theory]
    [InlineData("text", "txt")]
    [InlineData("markdown", "md")]
    [InlineData("latex", "tex")]
    [InlineData("json", "json")]
    public void EveryFormatOfTheExplainFixtureMatchesItsSnapshot(string format, string extension)
    {
        var run = CliRun.Of("check", "--explain", "--file", CliRun.Fixture("explain-claims.txt"), "--format", format);

        // The seed-002 formula and the cross-entropy claim (targets not summing to 1) are refuted.
        Assert.Equal(1, run.ExitCode);
        Snapshot.Match(run.Out, $"explain-{format}", extension);
    }
}
