using System.Collections.Immutable;
using Verification.Symbolic.Calculus;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// Derives instead of only checking: an expression (or a claim's left side) is taken to its result
/// in the outputs σ(·), s_k through lines that the engine proves equal one by one — derivative rules
/// round by round, the exponential normal form, the substitution e^u = σ/(1 − σ) or e^(z_k) = s_k·S,
/// the cancellation of S, and the shortest factored form on the simplex Σ s_k = 1.
/// </summary>
/// <remarks>
/// Nothing printed is trusted: every line is decided equal to the one before (<see cref="VerifiedChain"/>),
/// and the output form is decided equal to the original before it is offered. A step the engine does
/// not prove stops the explanation with <see cref="UnverifiedStepException"/>.
/// </remarks>
public static class Explainer
{
    /// <summary>Lines longer than this many nodes end the round-by-round display; the rest is one step.</summary>
    public const int MaxLineNodes = 240;

    /// <summary>Most instances of a family explained one by one (an 8 × 8 Jacobian).</summary>
    public const int MaxFamilyInstances = 64;

    /// <summary>Explains an expression or a claim given as text: never throws for any text.</summary>
    public static ExplainResult Explain(string text, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var expression = ClaimParser.ParseExpression(text);
        if (expression.IsSuccess)
        {
            return Guard(() => new ExpressionExplained(Explain(expression.Value, limits)));
        }

        var claim = ClaimParser.Parse(text, limits);
        return claim.IsSuccess ? Explain(claim.Value, limits)
            : new ExplainParseFailed(text.Contains("==", StringComparison.Ordinal) || text.TrimStart().StartsWith("for", StringComparison.Ordinal) ? claim.Error : expression.Error);
    }

    /// <summary>Explains a claim: an identity (derivation to the right side, or the witness and what the left side really is) or a family, instance by instance.</summary>
    public static ExplainResult Explain(Claim claim, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim switch
        {
            IdentityClaim identity => Guard(() => Identity(identity, limits ?? EngineLimits.Default)),
            ClaimFamily family => Guard(() => Family(family, limits ?? EngineLimits.Default)),
            _ => new ExplainFailed("explain takes an expression, an identity 'left == right' or a 'for' family; 'solve' questions and 'for all n' claims are answered by 'check'", null),
        };
    }

    /// <summary>The derivation of <paramref name="expression"/> with the textbook rules.</summary>
    /// <exception cref="UnverifiedStepException">A step was not proved (a bug, or the engine's limits).</exception>
    /// <exception cref="OutsideFragmentException">The expression has no canonical form (e.g. σ(σ(x))).</exception>
    public static ExplainedExpression Explain(Expr expression, EngineLimits? limits = null) =>
        Explain(expression, limits ?? EngineLimits.Default, StepwiseDifferentiation.TextbookRules);

    /// <summary>The derivation of <paramref name="expression"/> with the derivative rules <paramref name="rules"/>: every line still decided.</summary>
    public static ExplainedExpression Explain(Expr expression, EngineLimits limits, DerivativeRule rules)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(rules);
        // Outside the fragment no line could be proved: say so at once (σ(σ(x)) has no canonical form).
        _ = Canonicalizer.ToCanonical(expression, new CanonicalContext(limits));
        var chain = new VerifiedChain(expression, ExplanationRules.Given, limits);
        if (StepwiseDifferentiation.HasDerivative(expression))
        {
            while (StepwiseDifferentiation.HasDerivative(chain.Last))
            {
                var (next, used) = StepwiseDifferentiation.Round(chain.Last, rules);
                if (OutputFormWriter.NodeCount(next) > MaxLineNodes)
                {
                    break;
                }

                chain.Append(next, StepwiseDifferentiation.Label(used));
            }
        }
        else if (ExprTraversal.PreOrder(expression).Any(Definitions.IsNamedFunction))
        {
            chain.Append(Definitions.Expand(expression), ExplanationRules.DefinitionsUnfolded);
        }

        var tree = StepwiseDifferentiation.HasDerivative(chain.Last) ? null : chain.Last;
        var form = OutputForm.Of(expression, tree, limits);
        if (form.Output is null || !form.SubstitutesTree)
        {
            chain.Append(form.Exponential, tree is null ? ExplanationRules.RemainingDerivatives : ExplanationRules.ExponentialForm);
        }

        if (form.Output is { } output)
        {
            var sigmoids = form.Outputs.Any(static o => o is Sigmoid);
            var softmaxes = form.Outputs.Any(static o => o is Softmax);
            if (form.Substituted is { } substituted && OutputFormWriter.NodeCount(substituted) <= 2 * MaxLineNodes)
            {
                chain.Append(substituted, sigmoids && softmaxes ? ExplanationRules.RecogniseBoth : softmaxes ? ExplanationRules.RecogniseSoftmax : ExplanationRules.RecogniseSigmoid);
            }

            if (form.Unreduced is { } unreduced && OutputFormWriter.NodeCount(unreduced) <= MaxLineNodes)
            {
                chain.Append(unreduced, softmaxes ? ExplanationRules.ClearFractions : ExplanationRules.ClearSigmoidFractions);
            }

            chain.Append(output, softmaxes ? ExplanationRules.SimplexAndFactor : ExplanationRules.Factor);
        }

        return new ExplainedExpression(expression, chain.Steps, form);
    }

    private static ClaimExplained Identity(IdentityClaim claim, EngineLimits limits)
    {
        var verdict = IdentityDecider.Decide(claim, limits);
        var left = Explain(claim.Left, limits);
        if (verdict is not Proved)
        {
            return new ClaimExplained(claim, verdict, left, left.Steps);
        }

        // Left side → its result → the right side as written (or up to the line that is the right side),
        // the last link proved like every other.
        var chain = new VerifiedChain(claim.Left, ExplanationRules.Given, limits);
        foreach (var step in left.Steps.Skip(1))
        {
            if (chain.Last == claim.Right)
            {
                break;
            }

            chain.Append(step.Expression, step.Rule);
        }

        chain.Append(claim.Right, ExplanationRules.RightSide);
        return new ClaimExplained(claim, verdict, left, chain.Steps);
    }

    private static ExplainResult Family(ClaimFamily family, EngineLimits limits)
    {
        var instances = ImmutableArray.CreateBuilder<InstanceExplained>();
        foreach (var instance in family.Instances)
        {
            if (instances.Count == MaxFamilyInstances)
            {
                return new ExplainFailed($"the family has more than {MaxFamilyInstances} instances; explain shows at most {MaxFamilyInstances} (an 8 × 8 Jacobian): check decides larger families", null);
            }

            instances.Add(new InstanceExplained(instance, Identity(instance.Claim, limits)));
        }

        return new FamilyExplained(family, instances.ToImmutable());
    }

    private static ExplainResult Guard(Func<ExplainResult> explain)
    {
        try
        {
            return explain();
        }
        catch (UnverifiedStepException e)
        {
            return new ExplainFailed($"a step of the explanation was not proved, so it is not shown: {e.Message}", e);
        }
        catch (OutsideFragmentException e)
        {
            return new ExplainFailed($"the expression is outside the decidable fragment ({e.Message}), so no step of it can be proved", e);
        }
        catch (WorkLimitExceededException e)
        {
            return new ExplainFailed($"too large to explain within the engine's limits: {e.Message}", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ExplainFailed($"the engine failed on this explanation ({e.GetType().Name}: {e.Message})", e);
        }
    }
}
