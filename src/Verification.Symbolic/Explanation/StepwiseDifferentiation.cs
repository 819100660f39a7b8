using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// Takes the derivatives of an expression in rounds: each round applies one rule to every pending
/// derivative whose body holds no other derivative (innermost first for diff(diff(…))), leaving the
/// derivatives of the parts to the next round. One round is one line of an explanation, labelled with
/// the rules it used (quotient rule; sum rule; …).
/// </summary>
internal static class StepwiseDifferentiation
{
    /// <summary>The rules of <see cref="Differentiator"/>.</summary>
    public static DerivativeRule TextbookRules { get; } = Differentiator.ApplyOneRule;

    /// <summary>True when <paramref name="expression"/> still holds a derivative.</summary>
    public static bool HasDerivative(Expr expression) => ExprTraversal.PreOrder(expression).Any(static e => e is Derivative);

    /// <summary>One round: the rewritten expression and the rules used, in order of first use.</summary>
    public static (Expr Result, IReadOnlyList<string> Rules) Round(Expr expression, DerivativeRule rule)
    {
        var rules = new List<string>();
        var result = Rewrite(expression, rule, rules);
        return (result, rules);
    }

    /// <summary>The rule names of a round as one label, the trivial ones (c' = 0, x' = 1) only when alone.</summary>
    public static string Label(IReadOnlyList<string> rules)
    {
        var telling = rules.Where(static r => r is not DifferentiationRules.ConstantRule and not DifferentiationRules.VariableRule).ToList();
        return string.Join("; ", (telling.Count > 0 ? telling : rules).Select(Describe));
    }

    private static string Describe(string rule) => rule switch
    {
        DifferentiationRules.ConstantRule => "∂c/∂x = 0",
        DifferentiationRules.VariableRule => "∂x/∂x = 1",
        _ when rule.StartsWith(DifferentiationRules.DefinitionOf, StringComparison.Ordinal) => rule + " unfolded",
        _ => rule,
    };

    private static Expr Rewrite(Expr expression, DerivativeRule rule, List<string> rules)
    {
        if (expression is Derivative(var body, var variable))
        {
            if (HasDerivative(body))
            {
                return new Derivative(Rewrite(body, rule, rules), variable);
            }

            var (name, after) = rule(body, variable);
            if (!rules.Contains(name))
            {
                rules.Add(name);
            }

            return after;
        }

        if (!HasDerivative(expression))
        {
            return expression;
        }

        // Rebuilt bottom-up with the local cleanups (0·u = 0, 1·u = u, …), so a c' = 0 removes its term.
        return Tidy(ExprTraversal.MapChildren(expression, child => Rewrite(child, rule, rules)));
    }

    /// <summary>
    /// <see cref="ExprBuilder.Simplify"/> and a sign rule: u·(−1) = (−1)·u = −u, and u·(−v) = −(u·v),
    /// so that a chain rule through −x reads −e^(−x), not e^(−x)·(−1). Each line is still decided.
    /// </summary>
    public static Expr Tidy(Expr expression) => ExprBuilder.Simplify(expression) switch
    {
        Multiply(var u, Constant c) when c.Value == Fractions.Fraction.MinusOne => ExprBuilder.Negate(u),
        Multiply(Constant c, var u) when c.Value == Fractions.Fraction.MinusOne => ExprBuilder.Negate(u),
        Multiply(var u, Negate(var v)) => ExprBuilder.Negate(ExprBuilder.Multiply(u, v)),
        Multiply(Negate(var u), var v) => ExprBuilder.Negate(ExprBuilder.Multiply(u, v)),
        Divide(Negate(Negate(var u)), var v) => ExprBuilder.Divide(u, v),
        var simplified => simplified,
    };
}
