using Verification.Symbolic.Claims;

namespace Verification.Symbolic.Parsing;

/// <summary>One claim of a claims file (see <see cref="ClaimParser.ParseFile"/>): its 1-based first line, its text and what it parsed to.</summary>
public sealed record ParsedLine(int Line, string Text, ParseResult<Claim> Result);
