using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;

namespace Verification.Derivations.Checking;

/// <summary>
/// One link of a derivation chain: <see cref="Link"/> is "previous line == this line" and
/// <see cref="Verdict"/> the engine's decision on it.
/// </summary>
/// <param name="Index">0 for Statement.Left = Steps[0], k for Steps[k−1] = Steps[k], Steps.Length for Steps[^1] = Statement.Right.</param>
/// <param name="Link">The identity checked.</param>
/// <param name="Verdict">Proved, Refuted (with witness) or Unknown.</param>
public sealed record LinkCheck(int Index, IdentityClaim Link, Verdict Verdict)
{
    /// <summary>True when the engine proved the link.</summary>
    public bool IsProved => Verdict is Proved;
}
