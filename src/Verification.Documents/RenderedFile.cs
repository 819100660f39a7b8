namespace Verification.Documents;

/// <summary>One generated file: its path relative to the output folder (forward slashes) and its exact content.</summary>
/// <param name="RelativePath">For example <c>sigmoid.md</c> or <c>figures/sigmoid.svg</c>.</param>
/// <param name="Content">The text to write, with <c>\n</c> line endings.</param>
public sealed record RenderedFile(string RelativePath, string Content);
