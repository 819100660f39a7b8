using Fractions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Documents.Examples;

/// <summary>
/// The solver's first family of solutions made concrete: small values for the given parameters,
/// 0 for every free unknown, the unknowns computed from the solver's assignments, and both sides
/// of the equation evaluated at two points of the <c>for all</c> variables to show they agree.
/// </summary>
internal static class SolutionExample
{
    /// <summary>Two input points, small and different in sign, cycled over the <c>for all</c> variables.</summary>
    private static readonly int[][] InputRows = [[1, 2, -1, 0], [-1, 3, 2, 1]];

    public static void Write(MarkdownWriter markdown, SolveClaim question, EquivalenceSolutions solutions)
    {
        var family = solutions.Families[0];
        var unknowns = question.Unknowns.Select(static u => u.Name).ToHashSet(StringComparer.Ordinal);
        var variables = question.ForAll.Select(static v => v.Name).ToHashSet(StringComparer.Ordinal);
        var parameterNames = ExprTraversal.FreeSymbolNames(question.Left, question.Right)
            .Where(name => !unknowns.Contains(name) && !variables.Contains(name))
            .ToList();

        // Free unknowns are set to 0 inside the assignments first (the substitution is simultaneous), then the
        // assignments replace the unknowns: everything stays exact, the point only holds parameters and variables.
        var zeroFree = family.FreeUnknowns.ToDictionary(static f => f, static _ => (Expr)new Constant(Fraction.Zero));
        var replacements = family.Assignments.ToDictionary(static a => a.Unknown, a => Substitution.Apply(a.Value, zeroFree));
        foreach (var (free, zero) in zeroFree)
        {
            replacements[free] = zero;
        }

        var parameters = WorkedPoint.For(parameterNames.Select(static n => (Expr)new Symbol(n)));
        var assignments = family.Assignments.Select(a =>
            $"{MarkdownWriter.Inline($"{LatexPrinter.Print(a.Unknown)} = {LatexPrinter.Print(a.Value)}")} = {parameters.Evaluate(replacements[a.Unknown])}");
        var left = Substitution.Apply(question.Left, replacements);
        var right = Substitution.Apply(question.Right, replacements);

        var take = parameters.Values.Count == 0 ? "The answer has no parameters" : $"Take {parameters.Latex}";
        markdown.Paragraph($"**Worked example.** {take}{(family.FreeUnknowns.IsEmpty ? string.Empty : " and every free unknown 0")}. The solution gives:")
            .Bullets(assignments);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var inputs in InputRows)
        {
            var point = parameters;
            foreach (var (variable, k) in question.ForAll.Select(static (v, k) => (v, k)))
            {
                point = point.With(variable.Name, new Fraction(inputs[k % inputs.Length]));
            }

            var shown = string.Join(", ", question.ForAll.Select(v => $"{v.Name} = {RationalText.Exact(point.Values[v.Name])}"));
            rows.Add([shown, point.Evaluate(left), point.Evaluate(right)]);
        }

        markdown.Paragraph("With these values both sides agree for every input; at two of them (10 significant digits):")
            .Table(["inputs", "left-hand side", "right-hand side"], "lrr", rows);
    }
}
