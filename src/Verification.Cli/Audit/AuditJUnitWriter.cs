using System.Globalization;
using System.Text;
using System.Xml;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// JUnit XML, the format CI test reporters read: one <c>testsuite</c> per implementation, one
/// <c>testcase</c> per law (classname the implementation, name the law with its precision), a
/// <c>failure</c> with the worst counterexample for a failing law and <c>skipped</c> for a law not applicable.
/// An <see cref="XmlWriter"/> does the escaping. No timestamps or durations: the same seed gives the same file.
/// </summary>
internal static class AuditJUnitWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <param name="output">Where the XML goes.</param>
    /// <param name="report">The results.</param>
    /// <param name="requirements">Each required kernel is one more test case of every suite; with
    /// <see cref="AuditRequirements.FailOnNotApplicable"/> a law not applicable is a failure, not skipped.</param>
    public static void Write(TextWriter output, AuditReport report, AuditRequirements requirements)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "verification audit");
            var suites = Enumerable.Range(0, report.Implementations.Count).Select(column => Suite(report, column, requirements)).ToList();
            WriteCounts(xml, [.. suites.SelectMany(static suite => suite)]);
            for (var column = 0; column < suites.Count; column++)
            {
                WriteSuite(xml, report, report.Implementations[column].Name, suites[column]);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n"));
    }

    /// <summary>The test cases of one implementation: one per law, then one per required kernel.</summary>
    private static List<TestCase> Suite(AuditReport report, int column, AuditRequirements requirements)
    {
        var implementation = report.Implementations[column];
        var cases = report.Column(column).Select(result => result switch
        {
            LawFails fails => new TestCase(
                fails.LawName,
                TestOutcome.Failed,
                $"{fails.FailingCases} of {fails.CasesChecked} cases fail; worst: {fails.Worst.Headline}",
                string.Join("\n", CounterexampleText.Lines(fails))),
            LawNotApplicable notApplicable when requirements.FailOnNotApplicable =>
                new TestCase(notApplicable.LawName, TestOutcome.Failed, $"not applicable ({notApplicable.Reason}) and --fail-on-not-applicable is set", null),
            LawNotApplicable notApplicable => new TestCase(notApplicable.LawName, TestOutcome.Skipped, notApplicable.Reason, null),
            _ => new TestCase(result.LawName, TestOutcome.Passed, null, null),
        }).ToList();
        cases.AddRange(requirements.RequiredKernelNames.Select(kernel => AuditRequirements.Missing(implementation, kernel) is { } missing
            ? new TestCase($"requires {kernel}", TestOutcome.Failed, missing, null)
            : new TestCase($"requires {kernel}", TestOutcome.Passed, null, null)));
        return cases;
    }

    private static void WriteSuite(XmlWriter xml, AuditReport report, string name, IReadOnlyList<TestCase> cases)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        WriteCounts(xml, cases);
        xml.WriteStartElement("properties");
        WriteProperty(xml, "cases", report.Sampling.Cases.ToString(CultureInfo.InvariantCulture));
        WriteProperty(xml, "seed", report.Sampling.Seed.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        foreach (var testCase in cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", name);
            xml.WriteAttributeString("name", testCase.Name);
            if (testCase.Outcome != TestOutcome.Passed)
            {
                xml.WriteStartElement(testCase.Outcome == TestOutcome.Failed ? "failure" : "skipped");
                xml.WriteAttributeString("message", testCase.Message);
                if (testCase.Details is { } details)
                {
                    xml.WriteString(details);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>tests, failures, errors and skipped, as the JUnit schema names them.</summary>
    private static void WriteCounts(XmlWriter xml, IReadOnlyList<TestCase> cases)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(static c => c.Outcome == TestOutcome.Failed).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", cases.Count(static c => c.Outcome == TestOutcome.Skipped).ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private enum TestOutcome
    {
        Passed,
        Failed,
        Skipped,
    }

    /// <summary>One JUnit test case: a law, or a required kernel.</summary>
    private sealed record TestCase(string Name, TestOutcome Outcome, string? Message, string? Details);
}
