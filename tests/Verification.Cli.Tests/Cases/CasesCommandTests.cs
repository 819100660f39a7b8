using System.Text.Json;
using Verification.Laws.Definitions;
using Verification.TestSupport;

namespace Verification.Cli.Tests.Cases;

/// <summary>
/// <c>verification cases</c>: the file's structure (pinned by a snapshot of a small suite), and the inputs the laws
/// derive from a generated row, which a script must answer too: the shifted rows of shift invariance, the pairs
/// (a, b) of σ = two-way softmax, and the temperatures of the tempered kernels.
/// </summary>
public sealed class CasesCommandTests : IDisposable
{
    private const string SmallSuite =
        "softmax-shift-invariance (double),sigmoid-equals-two-way-softmax (float),"
        + "log-softmax-with-temperature-equals-log-softmax-of-scaled-logits (float),cross-entropy-gradient-equals-softmax-minus-target (double)";

    private readonly ResultsFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void TheCaseFileOfASmallSuiteMatchesItsSnapshot() =>
        Snapshot.Match(File.ReadAllText(files.Cases("--cases", "2", "--laws", SmallSuite)), "small-suite", "json");

    [Fact]
    public void EveryShiftedRowOfShiftInvarianceIsACase()
    {
        var cases = Read(files.Cases("--cases", "3", "--laws", "softmax-shift-invariance (double)"));
        var rows = cases.Select(static @case => Values(@case, "x")).ToList();
        var first = rows[0];

        foreach (var shift in new SoftmaxShiftInvariance<double>().Shifts)
        {
            Assert.Contains(rows, row => row.SequenceEqual(first.Select(value => value + shift)));
        }

        Assert.All(cases, static @case => Assert.Equal("Softmax", @case.GetProperty("kernel").GetString()));
    }

    [Fact]
    public void EachTemperatureOfTheTemperedLawIsACaseWithItsHyperparameter()
    {
        var cases = Read(files.Cases("--cases", "1", "--laws", "log-softmax-with-temperature-equals-log-softmax-of-scaled-logits (float)"));

        var temperatures = cases.Select(static @case => @case.GetProperty("inputs").GetProperty("temperature").GetDouble());

        Assert.Equal([0.1, 0.5, 2, 3, 10], temperatures.Select(static t => Math.Round(t, 6)));
        Assert.All(cases, static @case => Assert.Equal("float", @case.GetProperty("precision").GetString()));
    }

    [Fact]
    public void ThePairsOfTheTwoWaySoftmaxLawAreCasesOfWidthTwo()
    {
        var cases = Read(files.Cases("--cases", "2", "--laws", "sigmoid-equals-two-way-softmax (double)"));

        var pairs = cases.Where(static @case => @case.GetProperty("kernel").GetString() == "Softmax").ToList();

        Assert.NotEmpty(pairs);
        Assert.All(pairs, static pair => Assert.Equal(2, Values(pair, "x").Length));
        Assert.Contains(cases, static @case => @case.GetProperty("kernel").GetString() == "Sigmoid");
    }

    [Fact]
    public void TheCommandSaysHowManyCasesItWroteAndWhatComesNext()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRun.Of("cases", "--out", path, "--cases", "2", "--laws", "tanh-is-odd");

            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"^wrote \d+ cases of 2 laws \(\d+\.\d MB\) to ", run.Out);
            Assert.Contains("verification audit --results results.json", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PrecisionFloatKeepsTheFloatLawsAndOnlyFloatCases()
    {
        var path = files.Cases("--cases", "2", "--precision", "float", "--laws", "softmax-rows-sum-to-one,softmax-float-agrees-with-double,tanh-is-odd");
        using var document = JsonDocument.Parse(File.ReadAllText(path));

        var laws = document.RootElement.GetProperty("suite").GetProperty("laws").EnumerateArray().Select(static law => law.GetString());

        Assert.Equal(["softmax-rows-sum-to-one (float)", "tanh-is-odd (float)"], laws);
        Assert.All(Read(path), static @case => Assert.Equal("float", @case.GetProperty("precision").GetString()));
    }

    [Fact]
    public void APrecisionThatLeavesNoLawIsAUsageError()
    {
        var run = CliRun.Of("cases", "--out", "never-written.json", "--precision", "double", "--laws", "softmax-rows-sum-to-one (float)");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("select no law", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists("never-written.json"));
    }

    [Fact]
    public void AnUnknownLawIsAUsageErrorListingTheIds()
    {
        var run = CliRun.Of("cases", "--out", "never-written.json", "--laws", "softmax-sums-to-two");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--laws: no law is named 'softmax-sums-to-two'; the ids are softmax-rows-sum-to-one,", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists("never-written.json"));
    }

    private static List<JsonElement> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(static @case => @case.Clone())];
    }

    private static double[] Values(JsonElement @case, string input) =>
        [.. @case.GetProperty("inputs").GetProperty(input).EnumerateArray().Select(static value => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : value.GetDouble())];
}
