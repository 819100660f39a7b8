using System.Text.Json;
using Verification.Symbolic;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Check;

/// <summary>
/// One JSON array, one object per claim in file order. Other tools read this, so the shape is
/// written out field by field (the README documents it, a snapshot test pins it) rather than
/// serialised from types whose renaming would silently change it.
/// </summary>
internal static class JsonReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ClaimReport> reports) => JsonOutput.WriteArray(output, reports, WriteReport);

    private static void WriteReport(Utf8JsonWriter json, ClaimReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("line", report.Line);
        json.WriteString("claim", report.Text);
        if (Kind(report.Result) is { } kind)
        {
            json.WriteString("kind", kind);
        }

        json.WriteString("verdict", report.Verdict.ToString().ToLowerInvariant());
        switch (report.Result)
        {
            case ParseFailed failed:
                json.WriteString("message", failed.Error.ToString());
                json.WriteStartObject("position");
                json.WriteNumber("line", failed.Error.Line);
                json.WriteNumber("column", failed.Error.Column);
                json.WriteEndObject();
                break;
            case CheckFailed failed:
                json.WriteString("message", failed.Message);
                break;
            case IdentityChecked identity:
                WriteVerdict(json, identity.Verdict);
                break;
            case FamilyChecked family:
                WriteVerdict(json, family.Summary);
                WriteFamily(json, family);
                break;
            case GeneralChecked general:
                WriteVerdict(json, general.Decision.Verdict);
                WriteGeneral(json, general);
                break;
            case EquivalenceChecked equivalence:
                WriteEquivalence(json, equivalence.Result);
                break;
            default:
                throw new InvalidOperationException($"unexpected result {report.Result.GetType().Name}");
        }

        json.WriteEndObject();
    }

    private static string? Kind(CheckResult result) => result switch
    {
        IdentityChecked => "identity",
        FamilyChecked => "family",
        GeneralChecked => "every-n",
        EquivalenceChecked => "solve",
        _ => null,
    };

    private static void WriteVerdict(Utf8JsonWriter json, Verdict verdict)
    {
        switch (verdict)
        {
            case Proved proved:
                json.WriteString("method", proved.Method);
                json.WriteNumber("work", proved.Work);
                break;
            case Refuted refuted:
                WriteWitness(json, refuted.Witness);
                break;
            case Unknown unknown:
                json.WriteString("reason", unknown.Reason);
                break;
            default:
                throw new InvalidOperationException($"unexpected verdict {verdict.GetType().Name}");
        }
    }

    private const int EnclosureDigits = 30;

    /// <summary>The fields of the witness object besides the symbols, which a symbol of that name must not overwrite.</summary>
    private static readonly HashSet<string> WitnessFields = new(StringComparer.Ordinal) { "lhs", "rhs", "point", "digits", "precisionBits", "lhsEnclosure", "rhsEnclosure" };

    /// <remarks>
    /// The contract: every free symbol maps to its exact value directly on the witness object, beside
    /// <c>lhs</c> and <c>rhs</c> (each correctly rounded to the certified digits shown, or an enclosing
    /// "[a, b]"). The same values are also under <c>point</c>, the one place that still has a symbol named
    /// like a field (lhs, rhs, point, digits, precisionBits, lhsEnclosure, rhsEnclosure), whose flat entry
    /// is left out. <c>digits</c> counts the certified significant digits of lhs and rhs; lhsEnclosure and
    /// rhsEnclosure are disjoint intervals, computed at precisionBits bits, that contain the exact sides.
    /// </remarks>
    private static void WriteWitness(Utf8JsonWriter json, Witness witness)
    {
        json.WriteStartObject("witness");
        JsonFields.WriteCoordinates(json, witness.Point.Where(entry => !WitnessFields.Contains(entry.Key)));
        json.WriteString("lhs", witness.Left);
        json.WriteString("rhs", witness.Right);
        JsonFields.WritePoint(json, "point", witness.Point);
        json.WriteNumber("digits", witness.Digits);
        json.WriteNumber("precisionBits", witness.PrecisionBits);
        WriteEnclosure(json, "lhsEnclosure", witness.LeftEnclosure);
        WriteEnclosure(json, "rhsEnclosure", witness.RightEnclosure);
        json.WriteEndObject();
    }

    /// <summary>The ends rounded outward to <see cref="EnclosureDigits"/> digits, so the pair still encloses the value.</summary>
    private static void WriteEnclosure(Utf8JsonWriter json, string name, Enclosure enclosure)
    {
        json.WriteStartObject(name);
        json.WriteString("lower", enclosure.LowerText(EnclosureDigits));
        json.WriteString("upper", enclosure.UpperText(EnclosureDigits));
        json.WriteEndObject();
    }

    private static void WriteFamily(Utf8JsonWriter json, FamilyChecked family)
    {
        json.WriteStartObject("family");
        json.WriteNumber("instances", family.Verdicts.Length);
        json.WriteNumber("proved", family.Verdicts.Count(static v => v is Proved));
        json.WriteNumber("refuted", family.Verdicts.Count(static v => v is Refuted));
        json.WriteNumber("unknown", family.Verdicts.Count(static v => v is Unknown));
        if (family.Culprit is { } culprit)
        {
            json.WriteStartObject("culprit");
            json.WriteNumber("position", family.CulpritPosition!.Value + 1);
            WriteInstance(json, culprit.Indices, culprit.Claim);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The argument for every n: where it applies, the cases, the lengths decided as instances, the counterexample.</summary>
    private static void WriteGeneral(Utf8JsonWriter json, GeneralChecked general)
    {
        var decision = general.Decision;
        json.WriteStartObject("general");
        json.WriteString("size", general.Claim.Size);
        json.WriteNumber("minimum", general.Claim.MinimumSize);
        json.WriteNumber("casesFrom", decision.GeneralFrom);
        json.WriteStartArray("cases");
        foreach (var argument in decision.Cases)
        {
            json.WriteStartObject();
            json.WriteString("case", argument.Case);
            json.WriteString("verdict", argument.Verdict switch { Proved => "proved", Refuted => "not a formal zero", _ => "unknown" });
            if (argument.Verdict is Unknown unknown)
            {
                json.WriteString("reason", unknown.Reason);
            }

            if (argument.Reduced is { } reduced)
            {
                json.WriteString("reduced", PlainTextPrinter.Print(reduced));
            }

            json.WriteStartObject("restSums");
            foreach (var rest in argument.RestSums)
            {
                json.WriteString(rest.Symbol.Name, rest.Meaning);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("instances");
        foreach (var n in decision.Instances)
        {
            json.WriteNumberValue(n);
        }

        json.WriteEndArray();
        if (decision.Counterexample is { } counterexample && decision.Verdict is Refuted)
        {
            json.WriteStartObject("counterexample");
            json.WriteNumber("size", counterexample.Size);
            WriteInstance(json, counterexample.Indices, counterexample.Instance);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>One instance of a family or of a claim for every n: <c>indices</c> (index variable → value) and <c>claim</c>.</summary>
    private static void WriteInstance(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, int>> indices, IdentityClaim claim)
    {
        JsonFields.WriteIndices(json, indices);
        json.WriteString("claim", PlainTextPrinter.Print(claim));
    }

    private static void WriteEquivalence(Utf8JsonWriter json, EquivalenceResult result)
    {
        switch (result)
        {
            case EquivalenceSolutions solutions:
                json.WriteStartArray("solutions");
                foreach (var family in solutions.Families)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("assignments");
                    foreach (var assignment in family.Assignments)
                    {
                        json.WriteString(assignment.Unknown.Name, PlainTextPrinter.Print(assignment.Value));
                    }

                    json.WriteEndObject();
                    json.WriteStartArray("free");
                    foreach (var free in family.FreeUnknowns)
                    {
                        json.WriteStringValue(free.Name);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("conditions");
                    foreach (var condition in family.Conditions)
                    {
                        json.WriteStringValue($"{PlainTextPrinter.Print(condition)} == 0");
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case NoEquivalence none:
                json.WriteString("reason", none.Reason);
                break;
            case EquivalenceUnknown unknown:
                json.WriteString("reason", unknown.Reason);
                break;
            default:
                throw new InvalidOperationException($"unexpected result {result.GetType().Name}");
        }
    }
}
