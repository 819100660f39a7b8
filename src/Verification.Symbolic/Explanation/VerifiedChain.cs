using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// A chain of equal lines under construction: a line is added only once the engine has proved it
/// equal to the last one (<see cref="IdentityDecider"/>, the exact decision), so a chain can never
/// hold a step that was not proved. A line that repeats the last one is skipped.
/// </summary>
internal sealed class VerifiedChain
{
    private readonly ImmutableArray<ExplanationStep>.Builder steps = ImmutableArray.CreateBuilder<ExplanationStep>();
    private readonly EngineLimits limits;

    public VerifiedChain(Expr given, string rule, EngineLimits limits)
    {
        this.limits = limits;
        steps.Add(new ExplanationStep(given, rule, null));
    }

    public Expr Last => steps[^1].Expression;

    public ImmutableArray<ExplanationStep> Steps => steps.ToImmutable();

    /// <summary>Adds <paramref name="next"/> when proved equal to <see cref="Last"/>; throws <see cref="UnverifiedStepException"/> otherwise.</summary>
    public void Append(Expr next, string rule)
    {
        if (next == Last)
        {
            return;
        }

        var verdict = IdentityDecider.Decide(new IdentityClaim(Last, next), limits);
        if (verdict is not Proved proved)
        {
            throw new UnverifiedStepException(Last, next, rule, verdict);
        }

        steps.Add(new ExplanationStep(next, rule, proved));
    }
}
