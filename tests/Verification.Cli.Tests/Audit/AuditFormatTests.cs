using System.Text.Json;
using System.Xml.Linq;
using Verification.Cli.Audit;
using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.TestSupport;

namespace Verification.Cli.Tests.Audit;

/// <summary>
/// The four report formats, pinned by snapshots on a fixed small audit: a few laws (not the catalog, which
/// grows) against <see cref="SigmoidRightSoftmaxNaive"/> with a fixed seed.
/// </summary>
public sealed class AuditFormatTests
{
    private static readonly string[] LawNames =
    [
        "softmax-rows-sum-to-one (double)",
        "softmax-finite-for-finite-input (double)",
        "sigmoid-reflection (double)",
        "sigmoid-equals-two-way-softmax (double)",
        "softmax-jacobian-symmetric (double)",
        "tanh-is-odd (double)",
    ];

    private static readonly AuditRequirements RequireSoftmaxAndTanh = new(["softmax", "TANH"], FailOnNotApplicable: false);

    [Fact]
    public void TextSnapshot() => Snapshot.Match(Render(AuditFormat.Text), "audit-text");

    [Fact]
    public void MarkdownSnapshot() => Snapshot.Match(Render(AuditFormat.Markdown), "audit-markdown", "md");

    [Fact]
    public void JsonSnapshot() => Snapshot.Match(Render(AuditFormat.Json), "audit-json", "json");

    [Fact]
    public void JUnitSnapshot() => Snapshot.Match(Render(AuditFormat.Junit), "audit-junit", "xml");

    [Theory]
    [InlineData(AuditFormat.Text)]
    [InlineData(AuditFormat.Markdown)]
    [InlineData(AuditFormat.Json)]
    [InlineData(AuditFormat.Junit)]
    public void TwoRunsPrintTheSameReport(AuditFormat format) => Assert.Equal(Render(format), Render(format));

    [Theory]
    [InlineData(AuditFormat.Text)]
    [InlineData(AuditFormat.Markdown)]
    [InlineData(AuditFormat.Junit)]
    public void ANaNIsNamedNotCompared(AuditFormat format)
    {
        var report = Render(format);

        Assert.Contains("is NaN at", report, StringComparison.Ordinal);
        Assert.DoesNotContain("measured NaN", report, StringComparison.Ordinal);
        Assert.DoesNotContain("allowed NaN", report, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonHasOneResultPerLawAndNaNAsAString()
    {
        using var json = JsonDocument.Parse(Render(AuditFormat.Json));
        var implementation = json.RootElement.GetProperty("implementations")[0];
        var laws = implementation.GetProperty("laws").EnumerateArray().ToList();

        Assert.Equal(LawNames, laws.Select(static law => law.GetProperty("name").GetString()));
        Assert.Equal(["fail", "hold", "not-applicable"], laws.Select(static law => law.GetProperty("status").GetString()).Distinct().Order(StringComparer.Ordinal));
        var values = laws.Where(static law => law.GetProperty("status").GetString() == "fail")
            .SelectMany(static law => law.GetProperty("counterexample").GetProperty("outputs").EnumerateArray())
            .SelectMany(static output => output.GetProperty("values").EnumerateArray());
        Assert.Contains(values, static value => value.ValueKind == JsonValueKind.String && value.GetString() == "NaN");
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        Assert.Equal(["SigmoidRightSoftmaxNaive: the required kernel Tanh is missing (found: Softmax, Sigmoid)"], json.RootElement.GetProperty("summary").GetProperty("violations").EnumerateArray().Select(static v => v.GetString()));
    }

    [Fact]
    public void TheJUnitCountsAgreeWithItsTestCases()
    {
        var suite = XDocument.Parse(Render(AuditFormat.Junit)).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();

        Assert.Equal(LawNames.Length + 2, cases.Count);
        Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
        Assert.Equal(cases.Count(static c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
        Assert.Equal(cases.Count(static c => c.Element("skipped") is not null), (int)suite.Attribute("skipped")!);
        Assert.Equal("the required kernel Tanh is missing (found: Softmax, Sigmoid)", (string)cases.Single(static c => (string?)c.Attribute("name") == "requires Tanh").Element("failure")!.Attribute("message")!);
        Assert.Null(cases.Single(static c => (string?)c.Attribute("name") == "requires Softmax").Element("failure"));
    }

    [Fact]
    public void WithFailOnNotApplicableASkippedLawIsAFailureInJUnit()
    {
        var report = Audit();
        using var output = new StringWriter();

        AuditJUnitWriter.Write(output, report, new AuditRequirements([], FailOnNotApplicable: true));

        var suite = XDocument.Parse(output.ToString()).Root!.Element("testsuite")!;
        Assert.Equal("0", (string?)suite.Attribute("skipped"));
        Assert.Contains(suite.Elements("testcase"), static c => ((string?)c.Element("failure")?.Attribute("message"))?.StartsWith("not applicable", StringComparison.Ordinal) == true);
    }

    internal static AuditReport Audit() =>
        AuditRunner.Run(
            [.. LawNames.Select(static name => LawCatalog.Find(name) ?? throw new InvalidOperationException($"no law {name}"))],
            [Implementation.FromStaticClass(typeof(SigmoidRightSoftmaxNaive), nameof(SigmoidRightSoftmaxNaive))],
            new LawSampling(Cases: 30, Seed: 7));

    private static string Render(AuditFormat format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        AuditReportWriter.Write(Terminal.Redirected(output, error), Audit(), format, RequireSoftmaxAndTanh);
        return output.ToString().ReplaceLineEndings("\n");
    }
}
