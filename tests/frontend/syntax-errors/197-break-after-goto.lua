goto l
break