using System.Collections.Immutable;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Calculus.DifferentiationRules;

namespace Verification.Symbolic.Calculus;

/// <summary>
/// Symbolic differentiation by the textbook rules, recording each rule applied.
/// </summary>
/// <remarks>
/// Each node is rewritten by one rule into an expression that may still hold <see cref="Derivative"/>
/// nodes for its sub-expressions (e.g. d(u·v) → d(u)·v + u·d(v)); those pending derivatives are then
/// taken in turn. Named functions are differentiated through their elementary
/// <see cref="Definitions"/> — never through known results such as σ' = σ(1 − σ), which are what this
/// engine exists to prove.
/// <para>
/// There are two differentiators on purpose. This one works on trees and keeps its steps, for the
/// derivations shown to readers and for evaluating a derivative at a witness point;
/// <c>Canonical/CanonicalContext.Derivative</c> works on canonical forms, for proofs. They share
/// only the definitions, so a test that decides "tree derivative == diff(…)" cross-checks the two.
/// </para>
/// </remarks>
public static class Differentiator
{
    /// <summary>∂<paramref name="expression"/>/∂<paramref name="variable"/>, free of <see cref="Derivative"/> nodes.</summary>
    public static Expr Differentiate(Expr expression, Symbol variable) => DifferentiateWithTrace(expression, variable).Result;

    /// <summary>The derivative together with the rules applied, parent before children.</summary>
    public static DifferentiationResult DifferentiateWithTrace(Expr expression, Symbol variable)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(variable);
        var steps = ImmutableArray.CreateBuilder<DifferentiationStep>();
        var result = Differentiate(expression, variable, steps);
        return new DifferentiationResult(result, steps.ToImmutable());
    }

    private static Expr Differentiate(Expr expression, Symbol x, ImmutableArray<DifferentiationStep>.Builder steps)
    {
        var (rule, after) = ApplyRule(expression, x, steps);
        steps.Add(new DifferentiationStep(rule, new Derivative(expression, x), after));
        return TakePendingDerivatives(after, steps);
    }

    /// <summary>
    /// One rule applied to ∂<paramref name="expression"/>/∂<paramref name="variable"/>, one level deep:
    /// the rule's name and the rewritten derivative, which may hold <see cref="Derivative"/> nodes for the
    /// sub-expressions (the explanations take these one round at a time, each round checked).
    /// </summary>
    internal static (string Rule, Expr After) ApplyOneRule(Expr expression, Symbol variable) =>
        ApplyRule(expression, variable, ImmutableArray.CreateBuilder<DifferentiationStep>());

    // One rule, one level: sub-derivatives are left as Derivative nodes (d(u) below) for later steps.
    private static (string Rule, Expr After) ApplyRule(Expr e, Symbol x, ImmutableArray<DifferentiationStep>.Builder steps)
    {
        Expr D(Expr u) => new Derivative(u, x);

        if (!ExprTraversal.Contains(e, x))
        {
            // c' = 0 for anything in which x does not occur (constants, other symbols, …)
            return (ConstantRule, Constant.Zero);
        }

        return e switch
        {
            // x' = 1 (x is the only symbol that contains x)
            Symbol => (VariableRule, Constant.One),

            // (u + v)' = u' + v'
            Add(var u, var v) => (SumRule, ExprBuilder.Add(D(u), D(v))),

            // (u − v)' = u' − v'
            Subtract(var u, var v) => (DifferenceRule, ExprBuilder.Subtract(D(u), D(v))),

            // (−u)' = −u'
            Negate(var u) => (NegationRule, ExprBuilder.Negate(D(u))),

            // (u·v)' = u'·v + u·v'
            Multiply(var u, var v) => (ProductRule, ExprBuilder.Add(ExprBuilder.Multiply(D(u), v), ExprBuilder.Multiply(u, D(v)))),

            // (u/v)' = (u'·v − u·v') / v²
            Divide(var u, var v) => (QuotientRule, ExprBuilder.Divide(
                ExprBuilder.Subtract(ExprBuilder.Multiply(D(u), v), ExprBuilder.Multiply(u, D(v))),
                ExprBuilder.Power(v, 2))),

            // (u^n)' = n·u^(n−1)·u'   (for every integer n, where u ≠ 0 if n ≤ 0)
            Power(var u, var n) => Chain(PowerRule, u, x, PowerRuleOuterFactor(u, n)),

            // (e^u)' = e^u·u'
            Exp(var u) => Chain(DerivativeOfExp, u, x, e),

            // (log u)' = u'/u, written as a quotient so that no 1/u factor is introduced
            Log(var u) => u == x
                ? (DerivativeOfLog, ExprBuilder.Divide(1, u))
                : (WithChainRule(DerivativeOfLog), ExprBuilder.Divide(D(u), u)),

            // ∂/∂x (∂b/∂y): take the inner derivative first, then differentiate its result
            Derivative(var body, var y) => (NestedDerivative, D(Differentiate(body, y, steps))),

            // f(u) for a named f: differentiate its elementary definition instead
            _ when Definitions.IsNamedFunction(e) => ($"{DefinitionOf} {Definitions.NameOf(e)}", D(Definitions.Unfold(e))),

            _ => throw ExprTraversal.UnknownNode(e),
        };
    }

    // n·u^(n−1); when n − 1 = 0 the factor is n itself (u^0 = 1).
    private static Expr PowerRuleOuterFactor(Expr u, int n) =>
        n == 1 ? Constant.One : ExprBuilder.Multiply(n, ExprBuilder.Power(u, n - 1));

    // (f(u))' = f'(u)·u'; when u is the variable itself u' = 1 and the plain rule is recorded.
    private static (string Rule, Expr After) Chain(string outerRule, Expr u, Symbol x, Expr outerDerivative) =>
        u == x
            ? (outerRule, outerDerivative)
            : (WithChainRule(outerRule), ExprBuilder.Multiply(outerDerivative, new Derivative(u, x)));

    // Replaces every Derivative node left by a rule with the derivative itself, and re-applies the
    // local cleanups on the way up (so a 0 from c' removes its term). Untouched subtrees are kept as is.
    private static Expr TakePendingDerivatives(Expr expression, ImmutableArray<DifferentiationStep>.Builder steps)
    {
        if (expression is Derivative pending)
        {
            return Differentiate(pending.Body, pending.Variable, steps);
        }

        var rebuilt = ExprTraversal.MapChildren(expression, child => TakePendingDerivatives(child, steps));
        return ReferenceEquals(rebuilt, expression) ? expression : ExprBuilder.Simplify(rebuilt);
    }
}
