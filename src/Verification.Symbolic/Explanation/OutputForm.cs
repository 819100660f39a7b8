using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// An expression rewritten in its outputs: the exponential normal form, the same with e^u = σ/(1 − σ)
/// and e^(z_k) = s_k·S substituted, the rational in the outputs once S cancels, and the shortest
/// factored form on the simplex that the engine proves equal to the original.
/// </summary>
/// <param name="Exponential">The canonical form written back as an expression (exp, + − × ÷, powers).</param>
/// <param name="Substituted">
/// The derivative tree as the rules left it (or else the exponential form) with each e^p written in
/// outputs, or null when some is not.
/// </param>
/// <param name="Unreduced">The rational in the outputs with S cancelled, before Σ s_k = 1 and factoring, or null.</param>
/// <param name="Output">The result in outputs, proved equal to the original, or null when there is none.</param>
/// <param name="Outputs">The outputs looked for, by name (σ(u), softmax(z, k)); empty when none were found.</param>
/// <param name="NoOutputReason">Why <paramref name="Output"/> is null.</param>
public sealed record OutputForm(Expr Exponential, Expr? Substituted, Expr? Unreduced, Expr? Output, IReadOnlyList<Expr> Outputs, string? NoOutputReason)
{
    /// <summary>True when <see cref="Substituted"/> rewrites the tree given, not the exponential form (which is then not shown).</summary>
    public bool SubstitutesTree { get; init; }

    /// <summary>The output form when there is one, else the exponential form.</summary>
    public Expr Best => Output ?? Exponential;

    /// <summary>
    /// The output form of <paramref name="expression"/> (which may hold diff); <paramref name="tree"/>,
    /// an expression free of diff equal to it, is what the substitution line rewrites when it can. Throws
    /// <see cref="OutsideFragmentException"/> or <see cref="WorkLimitExceededException"/> when the
    /// expression has no canonical form within the limits.
    /// </summary>
    internal static OutputForm Of(Expr expression, Expr? tree, EngineLimits limits)
    {
        var context = new CanonicalContext(limits);
        var form = Canonicalizer.ToCanonical(expression, context);
        var exponential = new CanonicalToExpr(context).Form(form);
        var outputs = OutputVariables.Find(expression, context);
        var named = outputs.Sigmoids.Select(s => outputs.ExpressionOf(s.Atom))
            .Concat(outputs.Softmaxes.SelectMany(g => g.Atoms.Select(outputs.ExpressionOf)))
            .ToList();
        if (form.Atoms.Any(CanonicalContext.IsLogAtom))
        {
            return new OutputForm(exponential, null, null, null, named, "a logarithm remains (the expression is not a rational function of the outputs)");
        }

        var substitution = new OutputSubstitution(outputs);
        var fromTree = outputs.IsEmpty || tree is null ? null : substitution.SubstitutedTree(tree, context);
        var substituted = outputs.IsEmpty ? null : fromTree ?? substitution.SubstitutedExpression(form);
        if (substitution.ToRational(form) is not { } rational)
        {
            return new OutputForm(exponential, null, null, null, named, substitution.FailureReason);
        }

        var writer = new OutputFormWriter(outputs);
        var unreduced = writer.Unreduced(rational);
        foreach (var candidate in writer.Candidates(rational))
        {
            // σ guessed from a bare e^u is offered only where it shortens the form (not for exp(x) alone).
            if (outputs.GuessedFromExponentials && OutputFormWriter.NodeCount(candidate) > OutputFormWriter.NodeCount(exponential))
            {
                return new OutputForm(exponential, null, null, null, [], "the expression names no σ or softmax, and writing its exponentials in σ is not shorter");
            }

            if (IdentityDecider.Decide(new IdentityClaim(candidate, expression), limits) is Proved)
            {
                return new OutputForm(exponential, substituted, unreduced, candidate, named, null) { SubstitutesTree = fromTree is not null };
            }
        }

        return new OutputForm(exponential, substituted, unreduced, null, named, "no candidate form in the outputs was proved equal to the expression");
    }
}
