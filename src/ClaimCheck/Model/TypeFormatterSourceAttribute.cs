using System.Diagnostics.CodeAnalysis;

namespace ClaimCheck;

/// <summary>
/// Marks a model type whose notebook formatters the class named <see cref="FormatterSourceTypeName"/> creates. .NET Interactive
/// (Polyglot Notebooks, Jupyter with the .NET kernel) finds formatters by this convention, matching the attribute by its name
/// and reading <see cref="FormatterSourceType"/>, so ClaimCheck needs no package reference to render nicely in a notebook.
/// The formatter source is named by its assembly-qualified type name, not by <c>typeof</c>, so the model does not depend on Output
/// (where the formatters live); the name is resolved when .NET Interactive asks, and the trimmer keeps the type it names.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    // What .NET Interactive uses of the formatter source, kept by the trimmer (which reads the annotated name as a type name).
    private const DynamicallyAccessedMemberTypes Kept = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods;

    /// <summary>Names (assembly-qualified: "Namespace.Type, ClaimCheck") the class whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public TypeFormatterSourceAttribute([DynamicallyAccessedMembers(Kept)] string formatterSourceTypeName) => FormatterSourceTypeName = formatterSourceTypeName;

    /// <summary>The assembly-qualified name of the formatter source class.</summary>
    [DynamicallyAccessedMembers(Kept)]
    public string FormatterSourceTypeName { get; }

    /// <summary>The formatter source class, resolved from <see cref="FormatterSourceTypeName"/>; null when no such class.</summary>
    public Type? FormatterSourceType => Type.GetType(FormatterSourceTypeName);

    /// <summary>The MIME types to prefer when displaying the type, e.g. "text/html".</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
