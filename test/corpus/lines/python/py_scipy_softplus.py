def softplus(x, **kwargs):
    r"""
    Softplus of x, element by element.

    The softplus function is defined as: ``softplus(x) = log(1 + exp(x))``.

    Returns
    -------
    softplus : ndarray
        Logarithm of ``exp(0) + exp(x)``.

    Examples
    --------
    >>> special.softplus(0)
    >>> special.softplus([-1, 0, 1])
    """
