using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;

namespace Verification.Documents.Comparisons;

/// <summary>
/// Evaluates a catalog statement's right-hand side (compiled with <see cref="ExprCompiler"/>), our
/// kernel and, for a derivative, a central finite difference of our forward kernel, at fixed points.
/// </summary>
public static class ComparisonTable
{
    /// <summary>Relative step of the central difference: ∛ε balances truncation (h²) against rounding (ε/h).</summary>
    private static readonly double RelativeStep = Math.Cbrt(Math.Pow(2, -52));

    public static ImmutableArray<ComparisonRow> Rows(IdentityClaim statement, KernelComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(comparison);
        var symbols = ExprTraversal.FreeSymbolNames(statement.Left, statement.Right)
            .Select(static name => new Symbol(name)).ToList();
        var derived = ExprCompiler.Compile(statement.Right, symbols);
        var variable = (statement.Left as Derivative)?.Variable.Name;
        return
        [
            .. comparison.Points.Select(point => new ComparisonRow(
                point,
                derived([.. symbols.Select(s => point[s.Name])]),
                comparison.Kernel(point),
                comparison.Forward is { } forward && variable is not null ? CentralDifference(forward, point, variable) : double.NaN)),
        ];
    }

    /// <summary>The Markdown table: one row per point, numbers round-trip exact.</summary>
    public static void Write(MarkdownWriter markdown, IdentityClaim statement, KernelComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var rows = Rows(statement, comparison);
        var hasDifference = rows.Any(static r => !double.IsNaN(r.FiniteDifference));
        var headers = new List<string> { "point", "derived formula (compiled)", $"our kernel: {comparison.KernelName}" };
        if (hasDifference)
        {
            headers.Add("central finite difference of our forward kernel");
        }

        headers.Add("|formula − kernel|");
        markdown.Table(
            headers,
            "l" + new string('r', headers.Count - 1),
            rows.Select(row =>
            {
                var cells = new List<string>
                {
                    string.Join(", ", row.Point.Select(static p => $"{p.Key} = {Numbers.RoundTrip(p.Value)}")),
                    Numbers.RoundTrip(row.Derived),
                    Numbers.RoundTrip(row.Kernel),
                };
                if (hasDifference)
                {
                    cells.Add(Numbers.RoundTrip(row.FiniteDifference));
                }

                cells.Add(Numbers.RoundTrip(row.Difference));
                return (IReadOnlyList<string>)cells;
            }));
    }

    private static double CentralDifference(Func<IReadOnlyDictionary<string, double>, double> forward, ImmutableSortedDictionary<string, double> point, string variable)
    {
        var at = point[variable];
        var step = RelativeStep * Math.Max(1, Math.Abs(at));
        var (up, down) = (at + step, at - step);

        // Divide by the steps as represented, not by 2h: at + h rounds, and the quotient must use what was evaluated.
        return (forward(point.SetItem(variable, up)) - forward(point.SetItem(variable, down))) / (up - down);
    }
}
