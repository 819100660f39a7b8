namespace Verification.Cli.Tests;

public sealed class DeriveCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("proofs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void DeriveWritesEveryDocumentAndTheFiguresThenCheckFindsThemUpToDate()
    {
        var written = CliRun.Of("derive", "--out", _folder);
        var check = CliRun.Of("derive", "--out", _folder, "--check");

        Assert.Equal(0, written.ExitCode);
        Assert.Matches(@"^(\d+) of \1 results verified; wrote 14 files to ", written.Out);
        Assert.True(File.Exists(Path.Combine(_folder, "README.md")));
        Assert.True(File.Exists(Path.Combine(_folder, "figures", "sigmoid-and-derivative.svg")));
        Assert.Contains("derive [1/", written.Error, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.EndsWith("are up to date\n", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWritesNothingAndListsChangedMissingAndStaleFilesWithExitCode1()
    {
        Assert.Equal(0, CliRun.Of("derive", "--out", _folder).ExitCode);
        File.AppendAllText(Path.Combine(_folder, "sigmoid.md"), "edited by hand\n");
        File.Delete(Path.Combine(_folder, "seeds.md"));
        File.WriteAllText(Path.Combine(_folder, "old-chapter.md"), "no longer generated\n");

        var check = CliRun.Of("derive", "--out", _folder, "--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("would change: ", check.Out, StringComparison.Ordinal);
        Assert.Contains("sigmoid.md", check.Out, StringComparison.Ordinal);
        Assert.Contains("missing: ", check.Out, StringComparison.Ordinal);
        Assert.Contains("stale (no longer generated): ", check.Out, StringComparison.Ordinal);
        Assert.Contains("3 of the files", check.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "seeds.md")));
        Assert.EndsWith("edited by hand\n", File.ReadAllText(Path.Combine(_folder, "sigmoid.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveRepairsTheFolderAndLeavesFilesItDoesNotOwnAlone()
    {
        Assert.Equal(0, CliRun.Of("derive", "--out", _folder).ExitCode);
        File.WriteAllText(Path.Combine(_folder, "old-chapter.md"), "no longer generated\n");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not derive's\n");

        var again = CliRun.Of("derive", "--out", _folder);

        Assert.Contains("(1 changed)", again.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "old-chapter.md")));
        Assert.True(File.Exists(Path.Combine(_folder, "notes.txt")));
    }
}
