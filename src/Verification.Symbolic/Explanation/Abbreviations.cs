using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// Short names for the outputs in printed derivations: s0, s1, … for softmax(z, k), S for its
/// denominator Σ e^(z_k), σ for sigmoid(u) (σ0, σ1, … when there are several; t, T for a second
/// softmax). Printing only: the engine decided the lines in full, and <see cref="Where"/> says what
/// each name stands for. No names are used when one would clash with a symbol of the expression.
/// </summary>
public sealed class Abbreviations
{
    private readonly Dictionary<Expr, Symbol> names;

    private Abbreviations(Dictionary<Expr, Symbol> names, IReadOnlyList<(Symbol Name, Expr Meaning)> where)
    {
        this.names = names;
        Where = where;
    }

    /// <summary>Each short name and what it stands for, in order (empty when none are used).</summary>
    public IReadOnlyList<(Symbol Name, Expr Meaning)> Where { get; }

    /// <summary>
    /// The names for the outputs of <paramref name="explanation"/>; <paramref name="sigmaName"/> is
    /// how σ is spelled ("σ" in text, "sigma" where a printer turns Greek names into letters).
    /// </summary>
    public static Abbreviations For(ExplainedExpression explanation, string sigmaName = "σ")
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var names = new Dictionary<Expr, Symbol>();
        var where = new List<(Symbol, Expr)>();
        var sigmoids = explanation.Form.Outputs.OfType<Sigmoid>().ToList();
        foreach (var (sigmoid, k) in sigmoids.Select((s, k) => (s, k)))
        {
            Add(names, where, sigmoid, sigmoids.Count == 1 ? sigmaName : $"{sigmaName}{k}");
        }

        var groups = explanation.Form.Outputs.OfType<Softmax>().GroupBy(static s => s.Logits).ToList();
        var letters = new[] { ("s", "S"), ("t", "T"), ("u", "U") };
        if (groups.Count > letters.Length)
        {
            return new Abbreviations([], []);
        }

        foreach (var (group, g) in groups.Select((group, g) => (group, g)))
        {
            var (component, sum) = letters[g];
            foreach (var softmax in group)
            {
                Add(names, where, softmax, $"{component}{softmax.Index}");
            }

            Add(names, where, ExprBuilder.Sum(group.Key.Select(static z => (Expr)new Exp(z))), sum);
        }

        var taken = explanation.Steps.SelectMany(static s => ExprTraversal.FreeSymbols(s.Expression)).Select(static s => s.Name).ToHashSet(StringComparer.Ordinal);
        return names.Values.Any(n => taken.Contains(n.Name)) ? new Abbreviations([], []) : new Abbreviations(names, where);
    }

    /// <summary><paramref name="expression"/> with every output replaced by its short name.</summary>
    public Expr Apply(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return names.TryGetValue(expression, out var name) ? name : ExprTraversal.MapChildren(expression, Apply);
    }

    private static void Add(Dictionary<Expr, Symbol> names, List<(Symbol, Expr)> where, Expr meaning, string name)
    {
        if (names.TryAdd(meaning, new Symbol(name)))
        {
            where.Add((new Symbol(name), meaning));
        }
    }
}
