namespace ClaimCheck.Text;

/// <summary>
/// The annotation layers of one <see cref="Document"/> (as spaCy's <c>Doc.spans</c>): a recogniser writes its layer once, keyed
/// by the layer's type, and later stages read it instead of recognising again. Text knows none of the layer types (Recognition,
/// Attribution and Claims define them), so dependencies stay one way. A document is annotated by one thread before it is read.
/// </summary>
internal sealed class DocumentLayers
{
    private (Type Type, object Value)[] _layers = [];
    private int _count;

    /// <summary>How many layers are set.</summary>
    public int Count => _count;

    /// <summary>Sets the layer of type <typeparamref name="T"/> (the type as declared: a list of mentions is keyed by its interface).</summary>
    /// <exception cref="InvalidOperationException">The layer is already set: a layer is written once.</exception>
    public void Set<T>(T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IndexOf(typeof(T)) >= 0) throw new InvalidOperationException($"the document already has a {Name(typeof(T))} layer");
        if (_count == _layers.Length) Array.Resize(ref _layers, Math.Max(8, _count * 2));
        _layers[_count++] = (typeof(T), value);
    }

    /// <summary>The layer of type <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The layer was never set.</exception>
    public T Get<T>() where T : class =>
        TryGet<T>(out var value) ? value : throw new InvalidOperationException($"the document has no {Name(typeof(T))} layer");

    /// <summary>The layer of type <typeparamref name="T"/>, if set.</summary>
    public bool TryGet<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value) where T : class
    {
        int i = IndexOf(typeof(T));
        value = i >= 0 ? (T)_layers[i].Value : null;
        return i >= 0;
    }

    /// <summary>Whether the layer of type <typeparamref name="T"/> is set.</summary>
    public bool Has<T>() where T : class => IndexOf(typeof(T)) >= 0;

    private int IndexOf(Type type)
    {
        for (int i = 0; i < _count; i++) if (_layers[i].Type == type) return i;
        return -1;
    }

    private static string Name(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">" : type.Name;
}
