using Verification.Laws.Kernels;
using Verification.Laws.Protocol;

namespace Verification.Cli.Tests.Cases;

/// <summary>
/// The protocol's round trip without Python: <c>verification cases</c> writes the case file, a .NET implementation
/// answers it through <see cref="ResultWriter"/> (reading the file's text as a script would), and the test grades
/// the results file with <c>audit --results</c>. Each instance owns a temporary folder.
/// </summary>
internal sealed class ResultsFiles : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("verification-protocol-");

    /// <summary>The case file written by <c>verification cases</c> with these extra arguments.</summary>
    public string Cases(params string[] arguments)
    {
        var path = Path.Combine(folder.FullName, $"cases-{Guid.NewGuid():N}.json");
        var run = CliRun.Of(["cases", "--out", path, .. arguments]);
        Assert.True(run.ExitCode == 0, run.Error);
        return path;
    }

    /// <summary>The results file of <paramref name="implementation"/> answering <paramref name="casesPath"/>.</summary>
    public string Answer(string casesPath, Implementation implementation)
    {
        var path = Path.Combine(folder.FullName, $"results-{Guid.NewGuid():N}.json");
        using (var stream = File.Create(path))
        {
            ResultWriter.Answer(File.ReadAllText(casesPath), implementation, stream);
        }

        return path;
    }

    /// <summary>A file in the folder holding <paramref name="text"/> (a malformed results file).</summary>
    public string Write(string text)
    {
        var path = Path.Combine(folder.FullName, $"written-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
