using System.Collections.Immutable;
using System.Globalization;
using Fractions;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Documents.Examples;

/// <summary>
/// A small point a reader can follow with pen and paper: each free symbol, in name order, gets the
/// next of 1, 2, 0, −1, 3, −2; targets (names starting with y) get a one-hot 1, 0, 0, …. Values
/// are computed exactly in high precision, so the worked examples are the same on every machine.
/// </summary>
internal sealed record WorkedPoint(ImmutableSortedDictionary<string, Fraction> Values)
{
    private const int ShownDigits = 10;

    private static readonly ImmutableArray<int> Ordinary = [1, 2, 0, -1, 3, -2];

    /// <summary>A point for every free symbol of the expressions.</summary>
    public static WorkedPoint For(params IEnumerable<Expr> expressions)
    {
        var names = expressions.SelectMany(static e => ExprTraversal.FreeSymbolNames(e)).Distinct().Order(StringComparer.Ordinal).ToList();
        var values = ImmutableSortedDictionary.CreateBuilder<string, Fraction>(StringComparer.Ordinal);
        var (ordinary, targets) = (0, 0);
        foreach (var name in names)
        {
            values[name] = name.StartsWith('y')
                ? new Fraction(targets++ == 0 ? 1 : 0)
                : new Fraction(Ordinary[ordinary++ % Ordinary.Length]);
        }

        return new WorkedPoint(values.ToImmutable());
    }

    /// <summary><c>$x = 1,\ y = 0$</c>, or "no variables" for a constant claim.</summary>
    public string Latex => Values.Count == 0
        ? "no variables"
        : MarkdownWriter.Inline(string.Join(",\\ ", Values.Select(static v => $"{LatexPrinter.Print(new Symbol(v.Key))} = {RationalText.ExactLatex(v.Value)}")));

    /// <summary>The value at this point to <see cref="ShownDigits"/> significant digits, or why it is undefined.</summary>
    public string Evaluate(Expr expression) => HighPrecisionEvaluator.Evaluate(expression, Values) switch
    {
        Defined defined => defined.Value.ToDouble().ToString($"G{ShownDigits}", CultureInfo.InvariantCulture),
        Undefined undefined => $"undefined ({undefined.Reason})",
        _ => "?",
    };

    /// <summary>The point as exact values, for a caller that evaluates with another point added.</summary>
    public WorkedPoint With(string name, Fraction value) => new(Values.SetItem(name, value));
}
