using System.Text.Json;
using Verification.Cli.Check;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Explain;

/// <summary>
/// One JSON array, one object per text: its kind and outcome, the steps as
/// <c>{ "expression", "latex", "rule" }</c> and the <c>result</c>, so a notebook or a web page can
/// render them. Written field by field (the README documents the shape) rather than serialised
/// from types whose renaming would silently change it. Expressions are printed in full (no short names).
/// </summary>
internal static class ExplainJsonWriter
{
    public static void Write(TextWriter output, IReadOnlyList<ExplainReport> reports) => JsonOutput.WriteArray(output, reports, WriteReport);

    private static void WriteReport(Utf8JsonWriter json, ExplainReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("line", report.Line);
        json.WriteString("input", report.Text);
        json.WriteString("outcome", ExplainWords.Outcome(report.Result));
        Body(json, report.Result);
        json.WriteEndObject();
    }

    private static void Body(Utf8JsonWriter json, ExplainResult result)
    {
        switch (result)
        {
            case ExpressionExplained expression:
                json.WriteString("kind", "expression");
                Derivation(json, expression.Explanation.Steps, expression.Explanation);
                break;
            case ClaimExplained claim:
                json.WriteString("kind", "identity");
                Claim(json, claim);
                break;
            case FamilyExplained family:
                json.WriteString("kind", "family");
                json.WriteStartArray("instances");
                foreach (var instance in family.Instances)
                {
                    json.WriteStartObject();
                    JsonFields.WriteIndices(json, instance.Instance.Indices);
                    json.WriteString("outcome", ExplainWords.Outcome(instance.Explained));
                    Claim(json, instance.Explained);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (FamilyMatrix.Of(family) is { } matrix)
                {
                    json.WriteStartArray("matrix");
                    foreach (var row in matrix.Entries)
                    {
                        json.WriteStartArray();
                        foreach (var entry in row)
                        {
                            Expression(json, entry);
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndArray();
                }

                break;
            default:
                json.WriteString("kind", "error");
                json.WriteString("message", ExplainWords.Error(result));
                break;
        }
    }

    private static void Claim(Utf8JsonWriter json, ClaimExplained claim)
    {
        json.WriteString("verdict", ExplainWords.Verdict(claim).Headline);
        json.WriteString("right", PlainTextPrinter.Print(claim.Claim.Right));
        if (claim.Verdict is Refuted refuted)
        {
            json.WriteStartObject("witness");
            JsonFields.WritePoint(json, "point", refuted.Witness.Point);
            json.WriteString("left", refuted.Witness.Left);
            json.WriteString("right", refuted.Witness.Right);
            json.WriteEndObject();
        }

        Derivation(json, claim.Steps, claim.Left);
    }

    private static void Derivation(Utf8JsonWriter json, IReadOnlyList<ExplanationStep> steps, ExplainedExpression explanation)
    {
        json.WriteStartArray("steps");
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("expression", PlainTextPrinter.Print(step.Expression));
            json.WriteString("latex", LatexPrinter.Print(step.Expression));
            json.WriteString("rule", step.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("result");
        json.WriteString("expression", PlainTextPrinter.Print(explanation.Result));
        json.WriteString("latex", LatexPrinter.Print(explanation.Result));
        json.WriteBoolean("inOutputs", explanation.ResultInOutputs);
        json.WriteString("note", ExplainWords.ResultNote(explanation));
        json.WriteEndObject();
    }

    private static void Expression(Utf8JsonWriter json, Expr expression)
    {
        json.WriteStartObject();
        json.WriteString("expression", PlainTextPrinter.Print(expression));
        json.WriteString("latex", LatexPrinter.Print(expression));
        json.WriteEndObject();
    }
}
