using System.Text.Json;
using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Cli.Audit;

/// <summary>
/// One JSON object: the sampling (enough to replay every counterexample), one entry per implementation
/// with its result for every law, and a summary. Written field by field, as <c>check --format json</c> is,
/// so the order is stable and a renamed type cannot change the shape (the README documents it, a snapshot
/// test pins it). JSON has no NaN or ∞: such numbers are the strings "NaN", "Infinity" and "-Infinity".
/// </summary>
internal static class AuditJsonWriter
{
    /// <param name="output">Where the JSON goes.</param>
    /// <param name="report">The results.</param>
    /// <param name="violations">Requirements the report breaks (<see cref="AuditRequirements.Violations"/>).</param>
    /// <param name="exitCode">The exit code the audit ends with.</param>
    public static void Write(TextWriter output, AuditReport report, IReadOnlyList<string> violations, ExitCode exitCode)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("cases", report.Sampling.Cases);
            json.WriteNumber("seed", report.Sampling.Seed);
            json.WriteStartArray("implementations");
            for (var column = 0; column < report.Implementations.Count; column++)
            {
                WriteImplementation(json, report, column);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("laws", report.Laws.Count);
            json.WriteNumber("implementations", report.Implementations.Count);
            WriteCounts(json, report.Results);
            json.WriteStartArray("violations");
            foreach (var violation in violations)
            {
                json.WriteStringValue(violation);
            }

            json.WriteEndArray();
            json.WriteNumber("exitCode", (int)exitCode);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The JSON name of a precision: <c>float</c>, <c>double</c> or <c>float-vs-double</c>.</summary>
    public static string PrecisionName(Precision precision) => precision switch
    {
        Precision.SinglePrecision => "float",
        Precision.DoublePrecision => "double",
        _ => "float-vs-double",
    };

    private static void WriteImplementation(Utf8JsonWriter json, AuditReport report, int column)
    {
        var implementation = report.Implementations[column];
        json.WriteStartObject();
        json.WriteString("name", implementation.Name);
        json.WriteStartObject("kernels");
        WriteStrings(json, "float", implementation.SinglePrecision.PresentKernelNames);
        WriteStrings(json, "double", implementation.DoublePrecision.PresentKernelNames);
        json.WriteEndObject();
        json.WriteStartArray("laws");
        for (var row = 0; row < report.Laws.Count; row++)
        {
            WriteLaw(json, report.Laws[row], report.Cell(row, column));
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        WriteCounts(json, [.. report.Column(column)]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLaw(Utf8JsonWriter json, ILaw law, LawResult result)
    {
        json.WriteStartObject();
        json.WriteString("id", law.Id);
        json.WriteString("precision", PrecisionName(law.Precision));
        json.WriteString("name", law.Name);
        json.WriteString("statement", law.Statement);
        switch (result)
        {
            case LawHolds holds:
                json.WriteString("status", "hold");
                json.WriteNumber("casesChecked", holds.CasesChecked);
                json.WriteNumber("casesSkipped", holds.CasesSkipped);
                WriteNumber(json, "worstErrorToToleranceRatio", holds.WorstErrorToToleranceRatio);
                break;
            case LawFails fails:
                json.WriteString("status", "fail");
                json.WriteNumber("casesChecked", fails.CasesChecked);
                json.WriteNumber("failingCases", fails.FailingCases);
                WriteCounterexample(json, "counterexample", fails.Worst);
                if (fails.Smallest is { } smallest)
                {
                    WriteCounterexample(json, "smallestCounterexample", smallest);
                }

                if (fails.Replay is { } replay)
                {
                    json.WriteString("replay", replay.ToString());
                }
                break;
            case LawNotApplicable notApplicable:
                json.WriteString("status", "not-applicable");
                json.WriteString("reason", notApplicable.Reason);
                break;
            default:
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteCounterexample(Utf8JsonWriter json, string name, Counterexample worst)
    {
        json.WriteStartObject(name);
        json.WriteString("description", worst.Headline);
        json.WriteString("where", worst.Where);
        WriteNumber(json, "measured", worst.MeasuredError);
        WriteNumber(json, "allowed", worst.AllowedTolerance);
        WriteObservations(json, "inputs", worst.Inputs);
        WriteObservations(json, "outputs", worst.Outputs);
        json.WriteEndObject();
    }

    private static void WriteObservations(Utf8JsonWriter json, string name, IReadOnlyList<Observation> observations)
    {
        json.WriteStartArray(name);
        foreach (var observation in observations)
        {
            json.WriteStartObject();
            json.WriteString("label", observation.Label);
            json.WriteStartArray("values");
            foreach (var value in observation.Values)
            {
                WriteNumberValue(json, value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, IReadOnlyList<LawResult> results)
    {
        json.WriteNumber("hold", results.Count(static r => r is LawHolds));
        json.WriteNumber("fail", results.Count(static r => r is LawFails));
        json.WriteNumber("notApplicable", results.Count(static r => r is LawNotApplicable));
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        WriteNumberValue(json, value);
    }

    /// <summary>Finite numbers as JSON numbers (shortest round-trip form); NaN and ±∞ as the strings .NET's named literals use.</summary>
    private static void WriteNumberValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
