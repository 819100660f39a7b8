using Verification.Symbolic.Claims;
using Verification.Symbolic.EveryN;

namespace Verification.Symbolic;

/// <summary>A claim about every length n and the engine's decision on it, with the argument (cases, instances, counterexample).</summary>
public sealed record GeneralChecked(GeneralClaim Claim, GeneralDecision Decision) : CheckResult
{
    public override Outcome Outcome => OutcomeOf.Verdict(Decision.Verdict);
}
