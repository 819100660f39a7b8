namespace Verification.Symbolic.Claims;

/// <summary>A statement a user or the catalog asks the engine to settle.</summary>
public abstract record Claim
{
    private protected Claim()
    {
    }
}
